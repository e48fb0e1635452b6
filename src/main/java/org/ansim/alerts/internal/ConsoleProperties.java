package org.ansim.alerts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dispatcher console's map.
 *
 * @param tilesUrl a Leaflet tile URL template ({@code https://tiles.example/{z}/{x}/{y}.png}); empty (the default)
 *     assumes no internet: the map is a plain coordinate grid with the positions written out. The page falls back to
 *     the grid as well when the tile server does not answer.
 * @param tilesAttribution the attribution the tile server asks for
 */
@Validated
@ConfigurationProperties("ansim.console")
public record ConsoleProperties(
        @DefaultValue("") String tilesUrl, @DefaultValue("") String tilesAttribution) {}
