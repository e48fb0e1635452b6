package org.ansim.database;

/**
 * Whether Ansim runs as a demonstration with synthetic data and well-known demo accounts. On by default only on the
 * embedded database; {@code ANSIM_DEMO=true|false} overrides that either way.
 */
public record DemoMode(boolean enabled) {}
