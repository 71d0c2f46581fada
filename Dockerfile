# syntax=docker/dockerfile:1
# One image for the web and worker processes (and the one-shot migration) of tenfold.
#   docker build -t tenfold .
#   web:     node dist/src/main.js      (default command)
#   worker:  node dist/src/worker.js
#   migrate: node scripts/migrate-with-lock.js (TypeORM's migration:run under an advisory lock, so
#            two at once apply each migration once; the Kubernetes migration Job runs it)
#
# The base image is the Node the tests run on: the same version as the node-linux-* packages that
# package.json installs for npm scripts (docs/adr/0001-runtime-and-versions.md). Change both together.

# ---- build: all dependencies, compile TypeScript to dist/
FROM node:24.22.3-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the compiled output only
FROM node:24.22.3-slim AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=3000 \
    WORKER_HTTP_PORT=3001
WORKDIR /app
COPY package.json package-lock.json ./
# The project's own Node package (an optional dependency, for npm scripts on a developer's machine)
# would be a second copy of the image's Node: dropped. Other optional packages (sharp's) stay.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force \
    && rm -rf node_modules/node-linux-* node_modules/.bin/node
COPY --from=build /app/dist ./dist
COPY scripts/migrate-with-lock.js ./scripts/migrate-with-lock.js
USER node
EXPOSE 3000 3001
CMD ["node", "dist/src/main.js"]
