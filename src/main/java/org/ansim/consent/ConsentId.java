package org.ansim.consent;

import java.io.Serializable;
import java.util.UUID;

public record ConsentId(UUID value) implements Serializable {}
