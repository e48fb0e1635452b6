/** The alerts' JSON API and live stream. */
@NullMarked
package org.ansim.alerts.web;

import org.jspecify.annotations.NullMarked;
