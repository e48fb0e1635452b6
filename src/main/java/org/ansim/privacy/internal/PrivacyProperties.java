package org.ansim.privacy.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the privacy key sets come from.
 *
 * @param keyset the key-set file ({@code ansim.privacy.keyset}; the environment variable {@code ANSIM_KEYSET} is read
 *     when it is not set). In demo mode a missing file is generated under the data directory.
 */
@ConfigurationProperties("ansim.privacy")
public record PrivacyProperties(@Nullable Path keyset) {}
