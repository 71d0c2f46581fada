// The generated client (clients/typescript/src) names BodyInit, a DOM type that @types/node does not
// declare globally; this project type-checks without the DOM library, so the type is taken from
// undici-types, where Node's own fetch gets it.
declare global {
  type BodyInit = import('undici-types').BodyInit;
}

export {};
