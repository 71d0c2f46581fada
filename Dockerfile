# syntax=docker/dockerfile:1
# One image for the web and worker processes (and the one-shot migration) of tenfold.
#   docker build -t tenfold .
#   web:     node dist/src/main.js      (default command)
#   worker:  node dist/src/worker.js
#   migrate: npx --no-install typeorm migration:run -d dist/src/infrastructure/database/data-source.js

# ---- build: all dependencies, compile TypeScript to dist/
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the compiled output only
FROM node:22-slim AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=3000 \
    WORKER_HTTP_PORT=3001
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000 3001
CMD ["node", "dist/src/main.js"]
