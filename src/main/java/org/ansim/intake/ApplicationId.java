package org.ansim.intake;

import java.io.Serializable;
import java.util.UUID;

public record ApplicationId(UUID value) implements Serializable {}
