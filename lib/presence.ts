/**
 * "Someone else is editing this": the open editor says so every heartbeat, and a presence
 * counts until its expiry. The expiry outlasts two heartbeats, so one slow or lost ping does
 * not make a person vanish and reappear.
 */
export const presenceHeartbeatMs = 20_000;
export const presenceTtlMs = 50_000;
