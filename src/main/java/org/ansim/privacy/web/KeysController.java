package org.ansim.privacy.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ansim.privacy.internal.KeyEntry;
import org.ansim.privacy.internal.KeyOverview;
import org.ansim.privacy.internal.RotateSealingKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' key page: list the keys, confirm and rotate the sealing key. */
@Controller
@RequestMapping("/admin/keys")
@PreAuthorize("hasRole('ADMIN')")
class KeysController {

    private final KeyOverview keyOverview;
    private final RotateSealingKey rotateSealingKey;

    KeysController(KeyOverview keyOverview, RotateSealingKey rotateSealingKey) {
        this.keyOverview = keyOverview;
        this.rotateSealingKey = rotateSealingKey;
    }

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A key as the page shows it, its creation time in Korean time. */
    record KeyRow(
            String purpose,
            long id,
            String algorithm,
            String status,
            boolean primary,
            @Nullable String created) {

        static KeyRow of(KeyEntry key) {
            return new KeyRow(
                    key.purpose(),
                    key.id(),
                    key.algorithm(),
                    key.status(),
                    key.primary(),
                    key.created() == null ? null : WHEN.format(key.created().atZone(SEOUL)));
        }
    }

    @GetMapping
    String keys(Model model) {
        model.addAttribute(
                "keys", keyOverview.execute().stream().map(KeyRow::of).toList());
        return "privacy/keys";
    }

    @GetMapping("/rotate")
    String confirmRotation() {
        return "privacy/rotate";
    }

    @PostMapping("/rotate")
    String rotate(RedirectAttributes redirect) {
        var key = rotateSealingKey.execute();
        redirect.addFlashAttribute("rotatedKey", Long.toString(key.id()));
        return "redirect:/admin/keys";
    }
}
