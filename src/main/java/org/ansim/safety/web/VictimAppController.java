package org.ansim.safety.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The victim's safety app: a progressive web app whose shell is static ({@code static/app/}); this controller only
 * opens it at {@code /app} and describes it to the phone (the web app manifest, Ansim's or, in discreet mode, a
 * neutral "Notes" one that names nothing of Ansim).
 */
@Controller
class VictimAppController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    @GetMapping("/app")
    String withSlash() {
        return "redirect:/app/";
    }

    @GetMapping("/app/")
    String shell() {
        return "forward:/app/index.html";
    }

    @GetMapping("/app/manifest.webmanifest")
    ResponseEntity<Manifest> manifest(
            @RequestParam(defaultValue = "false") boolean discreet,
            @RequestParam(defaultValue = "ko") String language) {
        var english = "en".equals(language);
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .body(discreet ? Manifest.discreet(english) : Manifest.ansim(english));
    }

    /** The web app manifest (W3C Web Application Manifest); field names as the standard spells them. */
    record Manifest(
            String id,
            String name,
            String short_name,
            String description,
            String lang,
            String start_url,
            String scope,
            String display,
            String orientation,
            String background_color,
            String theme_color,
            List<Icon> icons) {

        static Manifest ansim(boolean english) {
            return new Manifest(
                    "/app/",
                    english ? "Ansim-i" : "안심이",
                    english ? "Ansim-i" : "안심이",
                    english ? "Help when you need it, a safe way home." : "위급할 때 도움 요청, 안전한 귀가.",
                    english ? "en" : "ko",
                    "/app/",
                    "/app/",
                    "standalone",
                    "portrait",
                    "#ffffff",
                    "#1d4f91",
                    icons("ansim"));
        }

        static Manifest discreet(boolean english) {
            return new Manifest(
                    "/app/",
                    english ? "Notes" : "메모",
                    english ? "Notes" : "메모",
                    english ? "Notes" : "메모",
                    english ? "en" : "ko",
                    "/app/",
                    "/app/",
                    "standalone",
                    "portrait",
                    "#ffffff",
                    "#5b5b5b",
                    icons("notes"));
        }

        private static List<Icon> icons(String name) {
            return List.of(
                    new Icon("/app/icons/" + name + "-192.png", "192x192", "image/png", "any"),
                    new Icon("/app/icons/" + name + "-512.png", "512x512", "image/png", "any"),
                    new Icon("/app/icons/" + name + "-maskable-512.png", "512x512", "image/png", "maskable"));
        }
    }

    record Icon(String src, String sizes, String type, String purpose) {}
}
