package io.github.linkpost.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exports shaped as each app writes them (data of our own): every value read as it is meant. */
class ExportsTest {
  @Test
  void firefox() {
    Exports.Read read = Exports.read("firefox.html");
    assertThat(read.refused()).isEmpty();
    assertThat(read.bookmarks()).hasSize(8);
    Bookmark tides = read.at("https://tides.example.org/tables/");
    assertThat(tides.title()).contains("Tide tables, \"explained\" & drawn");
    assertThat(tides.added()).contains(Instant.ofEpochSecond(1704153600));
    assertThat(tides.modified()).contains(Instant.ofEpochSecond(1704153660));
    assertThat(tides.tags()).containsExactly("sea", "science");
    assertThat(tides.folders()).containsExactly("Reading");
    assertThat(tides.notes()).contains("Read the part on spring tides <really>.");
    assertThat(tides.line()).isEqualTo(14);
    assertThat(read.at("https://notes.example.net/caf%C3%A9").title())
        .contains("Caf\u00e9 notes \u2014 it's here");
    assertThat(read.at("http://Tides.Example.org:80/tables/").folders())
        .containsExactly("Bookmarks Toolbar");
    assertThat(read.bookmarks().stream().filter(b -> !b.isWebPage()).map(Bookmark::url))
        .containsExactly(
            "place:parent=menu________&sort=12&maxResults=10&excludeQueries=1",
            "javascript:(function(){location.href='https://save.example.com/?u='"
                + "+encodeURIComponent(location.href)})()",
            "about:preferences", "file:///home/ada/notes.txt");
    Bookmark wiki = read.at("https://example.com/wiki/Pipe_(|)_and_[brackets]");
    assertThat(wiki.title()).contains("A [wiki] page about | and * and {{ liquid }}");
    assertThat(wiki.notes()).contains("Notes with *stars*, _underscores_, `ticks`, a | pipe,\n"
        + "a second line & a tag typed as text, {% raw %} and -- dashes...");
    assertThat(wiki.folders()).containsExactly("Other Bookmarks");
  }

  @Test
  void firefoxOfOldWithFolderDescriptions() {
    Exports.Read read = Exports.read("firefox-old.html");
    assertThat(read.refused()).isEmpty();
    Bookmark search = read.at("http://search.example.org/?q=%s");
    assertThat(search.folders()).containsExactly("Quick Searches");
    assertThat(search.notes()).contains("A keyword search.");
    Bookmark old = read.at("http://www.example.com/old/page.html");
    assertThat(old.folders()).isEmpty();
    assertThat(old.notes()).isEmpty();
  }

  @Test
  void chromeAndEdge() {
    Exports.Read chrome = Exports.read("chrome.html");
    assertThat(chrome.refused()).isEmpty();
    assertThat(chrome.bookmarks()).hasSize(5);
    assertThat(chrome.at("https://news.example.com/2023/11/story?id=42&ref=rss").title())
        .contains("Story <42> & more");
    assertThat(chrome.at("https://untitled.example.org/").title()).isEmpty();
    assertThat(chrome.at("https://docs.example.dev/streams").folders())
        .containsExactly("Bookmarks bar", "Dev");
    assertThat(chrome.at("chrome://flags").isWebPage()).isFalse();
    assertThat(chrome.at("https://emoji.example.org/%F0%9F%99%82").title())
        .contains("Smile \uD83D\uDE42 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627");

    Exports.Read edge = Exports.read("edge.html"); // a byte-order mark and CRLF line ends
    assertThat(edge.refused()).isEmpty();
    assertThat(edge.bookmarks()).extracting(Bookmark::line).containsExactly(11, 12, 14);
    assertThat(edge.at("https://maps.example.com/place/Caf%C3%A9+du+Port").title())
        .contains("Caf\u00e9 du Port \u2013 map");
    assertThat(edge.at("https://recipes.example.net/bread").folders()).isEmpty();
  }

  @Test
  void safariWritesNoDatesAndNoOuterList() {
    Exports.Read read = Exports.read("safari.html");
    assertThat(read.refused()).isEmpty();
    assertThat(read.bookmarks()).hasSize(4).allSatisfy(b -> {
      assertThat(b.added()).isEmpty();
      assertThat(b.modified()).isEmpty();
    });
    assertThat(read.bookmarks()).extracting(Bookmark::folders).containsExactly(
        List.of("Favorites"), List.of("Favorites", "Cooking"), List.of("BookmarksMenu"),
        List.of("Reading List"));
    assertThat(read.at("https://essays.example.com/on-walking").notes())
        .contains("A preview of the first lines, as Safari keeps it\u2026");
  }

  @Test
  void internetExplorerWroteWindows1252WithoutSayingSo() {
    Exports.Read read = Exports.read("ie.html");
    assertThat(read.refused()).isEmpty();
    Bookmark cafe = read.at("http://www.example.fr/caf\u00e9?a=1&b=2");
    assertThat(cafe.title()).contains("Le caf\u00e9 \u2014 \u00e0 l\u2019\u00e9cole");
    assertThat(cafe.folders()).containsExactly("Liens");
    assertThat(cafe.line()).isEqualTo(10);
  }

  @Test
  void pinboardHtmlAndJsonSayTheSame() {
    Exports.Read html = Exports.read("pinboard.html");
    Exports.Read json = Exports.read("pinboard.json");
    assertThat(html.refused()).isEmpty();
    assertThat(json.refused()).isEmpty();
    Bookmark walking = json.at("https://essays.example.com/on-walking");
    assertThat(walking).isEqualTo(html.at("https://essays.example.com/on-walking"));
    assertThat(walking.isToRead()).isTrue();
    assertThat(walking.notes()).contains("Long, worth it.\nSecond paragraph of my note.");
    assertThat(json.at("https://private.example.org/diary"))
        .isEqualTo(html.at("https://private.example.org/diary"))
        .satisfies(b -> assertThat(b.isPrivate()).isTrue());
    Bookmark quotes = json.at("https://quotes.example.net/a?x=1&y=\"2\"");
    assertThat(quotes.title()).contains("Quotes \"inside\" \u2014 and a \\ backslash");
    assertThat(quotes.notes()).contains("Notes with <script>alert(1)</script> and {{ site.title }}");
    assertThat(quotes.tags()).containsExactly("quotes", "code");
    assertThat(quotes.added()).contains(Instant.parse("2024-04-02T12:30:00Z"));
    assertThat(quotes.line()).isEqualTo(3);
    assertThat(json.at("javascript:void(0)").isWebPage()).isFalse();
  }

  @Test
  void deliciousGoogleLinkdingShaarliLinkAceRaindrop() {
    Exports.Read delicious = Exports.read("delicious.html");
    assertThat(delicious.at("http://design.example.com/grids/").tags())
        .containsExactly("design", "css", "web design");
    assertThat(delicious.at("http://design.example.com/type/").isPrivate()).isTrue();
    assertThat(delicious.at("http://music.example.net/").title()).contains("Music & more");

    Exports.Read google = Exports.read("google.html"); // microseconds; labels as folders
    assertThat(google.bookmarks()).filteredOn(b -> b.url().equals("http://physics.example.edu/waves"))
        .extracting(Bookmark::folders).containsExactly(List.of("Science"), List.of("Teaching"));
    assertThat(google.at("http://school.example.org/timetable").added())
        .contains(Instant.ofEpochSecond(1354574426));
    assertThat(google.at("http://www.example.com/").added())
        .contains(Instant.ofEpochSecond(1354574426, 475683000));

    Exports.Read linkding = Exports.read("linkding.html");
    assertThat(linkding.at("https://selfhosted.example.org/guide"))
        .satisfies(b -> assertThat(b.isPrivate()).isTrue())
        .satisfies(b -> assertThat(b.modified()).contains(Instant.ofEpochSecond(1718000500)));
    assertThat(linkding.at("https://shared.example.org/list").isToRead()).isTrue();

    Exports.Read shaarli = Exports.read("shaarli.html"); // no META: UTF-8 found by looking
    assertThat(shaarli.refused()).isEmpty();
    assertThat(shaarli.at("https://blog.example.de/\u00fcber-uns").title())
        .contains("\u00dcber uns \u2013 Gr\u00fc\u00dfe aus K\u00f6ln");
    assertThat(shaarli.at("?AbCdEf").isWebPage()).isFalse();

    Exports.Read linkace = Exports.read("linkace.html"); // lower case throughout
    assertThat(linkace.bookmarks()).extracting(Bookmark::isPrivate).containsExactly(false, true);
    assertThat(linkace.at("https://archive.example.org/item/1").notes()).contains("Kept for later.");

    Exports.Read raindrop = Exports.read("raindrop.html");
    assertThat(raindrop.at("https://colour.example.com/palettes").folders())
        .containsExactly("Design", "Colour");
    assertThat(raindrop.at("https://colour.example.com/palettes").notes())
        .contains("Highlighted: \"warm greys\".");
    assertThat(raindrop.at("https://colour.example.com/palettes#greys").folders())
        .containsExactly("Unsorted");
  }

  @Test
  void pocketAndInstapaperLists() {
    Exports.Read pocket = Exports.read("pocket.html");
    assertThat(pocket.refused()).isEmpty();
    assertThat(pocket.bookmarks()).extracting(Bookmark::folders).containsExactly(
        List.of("Unread"), List.of("Unread"), List.of("Read Archive"));
    Bookmark ships = pocket.at("https://longreads.example.com/ships");
    assertThat(ships.added()).contains(Instant.ofEpochSecond(1600000000));
    assertThat(ships.tags()).containsExactly("history", "sea");
    assertThat(pocket.at("https://longreads.example.com/maps?src=pocket&utm_source=x").title())
        .contains("https://longreads.example.com/maps?src=pocket&utm_source=x");

    Exports.Read instapaper = Exports.read("instapaper.html"); // no dates, <li> left open
    assertThat(instapaper.refused()).isEmpty();
    assertThat(instapaper.bookmarks()).extracting(Bookmark::url).containsExactly(
        "https://magazine.example.com/a-long-read", "https://magazine.example.com/?p=12&share=1",
        "https://magazine.example.com/the-best");
    assertThat(instapaper.bookmarks()).extracting(Bookmark::added).containsOnly(Optional.empty());
    assertThat(instapaper.at("https://magazine.example.com/the-best").folders())
        .containsExactly("Starred");
  }
}
