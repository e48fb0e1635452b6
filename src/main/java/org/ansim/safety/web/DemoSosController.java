package org.ansim.safety.web;

import java.util.Map;
import org.ansim.safety.internal.DemoSafety;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Demo mode only: the console's "play a scripted SOS" button makes the demo phone send one from Seoul City Hall. */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
class DemoSosController {

    private final DemoSafety demo;

    DemoSosController(DemoSafety demo) {
        this.demo = demo;
    }

    @PostMapping("/safety/demo/sos")
    @ResponseBody
    ResponseEntity<?> play() {
        return demo.playScriptedSos()
                .<ResponseEntity<?>>map(alertId ->
                        ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("alertId", alertId.toString())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
