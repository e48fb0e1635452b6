package org.ansim.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param dataDir the directory under which Ansim keeps its data ({@code ANSIM_DATA_DIR}, default {@code ./data})
 * @param cleanOnStart whether to wipe the embedded database on start (tests only)
 */
@ConfigurationProperties("ansim")
public record DatabaseProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean cleanOnStart) {}
