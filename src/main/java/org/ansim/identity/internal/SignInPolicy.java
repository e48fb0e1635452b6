package org.ansim.identity.internal;

import java.time.Duration;

/**
 * How many failed attempts lock an account and for how long — the values in force at the moment of the attempt.
 */
record SignInPolicy(int maxFailedAttempts, Duration lockout) {}
