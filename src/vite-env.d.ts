/// <reference types="vite/client" />

/** This build of the app: a hash of its sources and locked dependencies (vite.config.ts). */
declare const PLUMA_BUILD: string;
