package org.ansim.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One headless Chromium per test JVM, Debian's ({@code ANSIM_CHROMIUM}, default {@code /usr/bin/chromium}), launched
 * with the flags that keep it off the network. Playwright's own browser download is never used.
 */
public final class Browsers {

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {}

    public static synchronized Browser chromium() {
        if (browser == null) {
            var executable = Path.of(System.getenv().getOrDefault("ANSIM_CHROMIUM", "/usr/bin/chromium"));
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException("Chromium not found at " + executable
                        + ": install it (apt-get install chromium) or set ANSIM_CHROMIUM");
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close, "chromium-close"));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }

    public static Path screenshots() {
        var dir = Path.of("target", "screenshots");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    /** Signs the demo user in on a new page of {@code context} (password {@code demo-password}, no second step). */
    public static com.microsoft.playwright.Page signedIn(
            com.microsoft.playwright.BrowserContext context, int port, String username) {
        var page = context.newPage();
        page.navigate(url(port, "/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo-password");
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/(\\?continue)?$"));
        return page;
    }

    public static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }
}
