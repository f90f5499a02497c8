export { type App, type AppOptions, createApp, VERSION } from "./app.ts";
export { startServer } from "./start-server.ts";
