package org.ansim.alerts.internal;

/** One {@code event: alert} of the stream, its JSON written once for every subscriber. */
record StreamEvent(long sequence, String json) {}
