package org.ansim.alerts.internal;

import org.ansim.alerts.AlertId;

/** No alert has this id. */
public class UnknownAlert extends RuntimeException {

    UnknownAlert(AlertId id) {
        super("No alert " + id);
    }
}
