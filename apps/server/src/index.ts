export { type App, type AppOptions, createApp, VERSION } from "./app.ts";
export { nodeRequestListener } from "./http/submit-lane.ts";
export { startServer } from "./start-server.ts";
