package dyad.server;

import dyad.model.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web view in headless Chromium (Debian's chromium and chromium-driver; {@code .ci/run} installs them) against
 * the real server and a seeded database: what a user sees on each page. Skipped, saying why, where no Chromium is
 * installed. Screenshots of every page go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    /** Where the browser and its driver are (DYAD_CHROMIUM, DYAD_CHROMEDRIVER override Debian's paths). */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DYAD_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DYAD_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final List<Event> all = SeedDatabase.events();
    private TestServer server;
    private ChromeDriver browser;
    private final Path screenshots = Path.of("target", "screenshots");

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver, as .ci/run does; or set DYAD_CHROMIUM and DYAD_CHROMEDRIVER)");
        server = TestServer.seeded(ServerConfig.defaults(), Models.lazy(TestCoder::get));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + server.dir.resolve("browser-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(30));
        Files.createDirectories(screenshots);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private void open(String page) {
        browser.get(server.url() + page);
    }

    /** Waits until the condition holds (the page fetches its data after loading). */
    private void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("the page never showed " + what + "; it shows: " + browser.findElement(By.tagName("main")).getText());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private int count(String css) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(By.cssSelector(css)).size();
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(30));
        }
    }

    private void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void fill(String name, String value) {
        WebElement input = browser.findElement(By.cssSelector("#filters [name='" + name + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void theEventsTableListsTheEventsAndFiltersThem() throws IOException {
        open("index.html");
        until("a row per event", () -> count("table.events tbody tr") == all.size());
        assertEquals(all.size() + " of " + all.size() + " matching events", browser.findElement(By.id("count")).getText());
        String first = browser.findElement(By.cssSelector("table.events tbody tr")).getText();
        assertTrue(first.contains("2019-06-20") && first.contains("RUSOPP") && first.contains("Protesters"), first);
        screenshot("events");

        fill("country", "IRN");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        long iran = all.stream().filter(e -> "IRN".equals(e.source().code().country())
                || e.target() != null && "IRN".equals(e.target().code().country())).count();
        until(iran + " rows for Iran", () -> count("table.events tbody tr") == iran);
        assertTrue(browser.getCurrentUrl().contains("country=IRN"), "the filters go into the address: " + browser.getCurrentUrl());
        for (WebElement row : browser.findElements(By.cssSelector("table.events tbody tr"))) {
            assertTrue(row.getText().contains("IRN"), row.getText());
        }
        // a row links to its story
        browser.findElement(By.cssSelector("table.events tbody tr td a")).click();
        until("the story's title", () -> count("#title") == 1);
        assertTrue(browser.getCurrentUrl().contains("story.html?id="), browser.getCurrentUrl());
    }

    @Test
    void theStoryPageHighlightsActorsTriggersAndPlacesAndShowsTheEvidence() throws IOException {
        open("story.html?id=minsk-talks");
        until("highlighted spans", () -> count(".hl") > 0);
        assertEquals("Russia and Ukraine hold talks in Minsk", browser.findElement(By.id("title")).getText());
        Set<String> seen = new HashSet<>();
        for (WebElement h : browser.findElements(By.cssSelector("#storytext .hl"))) seen.add(h.getAttribute("data-kind") + ":" + h.getText());
        assertEquals(Set.of("source:Russian officials", "target:Ukrainian envoys", "trigger:met", "place:Minsk",
                "source:Ukraine", "target:Russia", "trigger:accused", "place:Donetsk"), seen);
        assertEquals(2, count("ol.eventlist li"));

        browser.findElement(By.cssSelector("#storytext .hl.trigger")).click();
        until("the evidence of the event", () -> browser.findElement(By.id("evidence")).getText().contains("seed-040"));
        String evidence = browser.findElement(By.id("evidence")).getText();
        assertTrue(evidence.contains("RUSGOV \u2192 UKRGOV") && evidence.contains("040 Consult") && evidence.contains("Minsk, BLR"), evidence);
        assertEquals(4, count("#storytext .hl.selected"), "the chosen event's source, target, trigger and place are marked");
        screenshot("story");

        // an event chosen in the address, as the events table links it
        Event accused = all.stream().filter(e -> e.cameo().code().equals("112")).findFirst().orElseThrow();
        open("story.html?id=minsk-talks#event-" + accused.eventId());
        until("the evidence of the linked event", () -> browser.findElement(By.id("evidence")).getText().contains("112 Accuse"));
    }

    @Test
    void theTimelineDrawsAPointPerMonthForADyad() throws IOException {
        open("timeline.html?dyad=RUS*,UKR*&period=month");
        // Russia and Ukraine: January to May 2019 (months without events are drawn at zero)
        until("five points per line", () -> count("svg.chart circle.coop.point") == 5);
        assertEquals(5, count("svg.chart circle.conflict.point"));
        List<String> periods = browser.findElements(By.cssSelector("svg.chart circle.coop.point")).stream()
                .map(c -> c.getAttribute("data-period")).toList();
        assertEquals(List.of("2019-01-01", "2019-02-01", "2019-03-01", "2019-04-01", "2019-05-01"), periods);
        assertTrue(browser.findElement(By.id("charttitle")).getText().contains("RUS* and UKR*"));
        assertEquals(3, count("#rows tbody tr"), "the table lists the months with events");
        screenshot("timeline");
    }

    @Test
    void theMapMarksEveryPlaceWithEvents() throws IOException {
        open("map.html");
        long places = all.stream().filter(e -> e.location() != null && !e.negated()).map(e -> e.location().name()).distinct().count();
        until(places + " marks", () -> count("#map path.place-mark") == places);
        until("country outlines", () -> count("#map path:not(.place-mark)") > 100);
        assertEquals(places + " places, " + all.stream().filter(e -> e.location() != null && !e.negated()).count() + " located events",
                browser.findElement(By.id("summary")).getText());
        screenshot("map");

        fill("country", "UKR");
        fill("quad", "3,4");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        until("the three places of Ukraine's conflict events", () -> count("#map path.place-mark") == 3);
    }

    @Test
    void codeThisTextShowsTheEventsAndHighlightsWithoutStoringThem() throws IOException {
        long before = new Http(server.url()).get("/api/stats").json().get("events").asLong();
        open("code.html");
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday. "
                + "Iran accused the United States of violating the nuclear deal.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2019-10-21'", browser.findElement(By.id("date")));
        browser.findElement(By.id("code")).click();
        until("the outcome", () -> count("#outcome") == 1 || count("#status .error") == 1);
        String outcome = browser.findElement(By.id("status")).getText();
        assertTrue(outcome.matches("(?s)\\d+ events? in 2 sentences\\..*"), outcome);
        assertTrue(count("#storytext .hl.trigger") >= 1, "triggers are highlighted");
        assertTrue(count("#storytext .hl.source") >= 1, "sources are highlighted");
        assertTrue(count("ol.eventlist li") >= 1);
        browser.findElement(By.cssSelector("ol.eventlist li")).click();
        until("the evidence", () -> browser.findElement(By.id("evidence")).getText().contains("pattern"));
        screenshot("code");
        assertEquals(before, new Http(server.url()).get("/api/stats").json().get("events").asLong(), "nothing was stored");
    }
}
