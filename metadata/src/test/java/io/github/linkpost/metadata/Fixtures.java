package io.github.linkpost.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/** The test pages: each written in the shape of a kind of real site, with what it says. */
final class Fixtures {
  /**
   * A page and what the reader should find on it: {@code published} as the ISO text of the
   * date or date-time; {@code sources} as "field=source" pairs.
   */
  record Page(String file, String url, String title, List<String> authors, String published,
      String siteName, String description, String canonical, String sources) {

    byte[] bytes() {
      try (InputStream in = Fixtures.class.getResourceAsStream("/pages/" + file)) {
        if (in == null) {
          throw new IllegalStateException("no test page " + file);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    WebPage page() {
      return WebPage.decode(bytes(), URI.create(url));
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static final List<Page> PAGES = List.of(
      new Page("news-yoast-graph.html",
          "https://tidewater-courier.example/2023/06/14/harbour-cranes-electric/",
          "Harbour cranes go electric in a year of record traffic", List.of("Marta Quill"),
          "2023-06-14T08:05:31Z", "The Tidewater Courier",
          "Port authorities replaced twelve diesel cranes with electric ones.",
          "https://tidewater-courier.example/2023/06/14/harbour-cranes-electric/",
          "TITLE=json-ld AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=json-ld"
              + " DESCRIPTION=open-graph CANONICAL_URL=link-canonical"),
      new Page("news-agency.html",
          "https://news.northwind.example/science/glacier-retreat-doubles?utm_source=feed",
          "Glacier retreat doubles in a decade, survey finds",
          List.of("Ines Alvarado", "Tomasz Wróbel"), "2024-03-02T14:20-05:00", "Northwind News",
          "A survey of 400 glaciers shows retreat has doubled since 2014.",
          "https://news.northwind.example/science/glacier-retreat-doubles",
          "TITLE=json-ld AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=json-ld"
              + " DESCRIPTION=json-ld CANONICAL_URL=link-canonical"),
      new Page("blog-indieweb.html", "https://ruth.example/notes/commonplace",
          "On keeping a commonplace book", List.of("Ruth Okafor"), "2022-11-03T21:14-07:00",
          null, null, "https://ruth.example/notes/commonplace",
          "TITLE=microformats AUTHOR=microformats PUBLISHED=microformats"
              + " CANONICAL_URL=microformats"),
      new Page("blog-jekyll.html", "https://lowtide.example/2021/09/30/profiling-a-slow-build.html",
          "Profiling a slow build with nothing but timestamps", List.of("Sam Reyes"),
          "2021-09-30T09:00-04:00", "Low Tide Engineering",
          "Our build took 14 minutes. Here is how we found where they went.",
          "https://lowtide.example/2021/09/30/profiling-a-slow-build.html",
          "TITLE=json-ld AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=open-graph"
              + " DESCRIPTION=json-ld CANONICAL_URL=link-canonical"),
      new Page("blog-wordpress-classic.html",
          "https://crumbandcrust.example/2018/02/11/sourdough-at-altitude/",
          "Sourdough at altitude", List.of("Hanna Beck"), "2018-02-11", null, null,
          "https://crumbandcrust.example/2018/02/11/sourdough-at-altitude/",
          "TITLE=microformats AUTHOR=microformats PUBLISHED=microformats"
              + " CANONICAL_URL=microformats"),
      new Page("paper-citation.html", "https://journals.example/jcd/41/112",
          "Tidal mixing in shallow estuaries: a field study",
          List.of("Maja Lindqvist", "Kwame A. Oduya", "Wei Chen"), "2019-05-07",
          "Journal of Coastal Dynamics",
          "We measured salinity at 40 stations over two spring-neap cycles.",
          "https://journals.example/jcd/41/112",
          "TITLE=citation AUTHOR=citation PUBLISHED=citation SITE_NAME=citation"
              + " DESCRIPTION=meta CANONICAL_URL=citation"),
      new Page("docs-sphinx.html", "https://docs.tidepool.example/en/stable/scheduler.html",
          "Configuring the scheduler", List.of(), null, null, null,
          "https://docs.tidepool.example/en/stable/scheduler.html",
          "TITLE=title CANONICAL_URL=link-canonical"),
      new Page("docs-mdn-like.html", "https://webref.example/en-US/docs/Web/HTML/Element/a",
          "<a>: The Anchor element", List.of(), null, "Web Reference Docs",
          "The a element creates a hyperlink to web pages, files, email addresses, or anything"
              + " else a URL can address.",
          "https://webref.example/en-US/docs/Web/HTML/Element/a",
          "TITLE=open-graph SITE_NAME=open-graph DESCRIPTION=open-graph"
              + " CANONICAL_URL=link-canonical"),
      new Page("dublin-core.html", "http://www.environment.example/reports/water-2016.html",
          "Annual report on river water quality, 2016",
          List.of("Environment Office, Water Quality Unit"), "2017-03-21",
          "Ministry of the Environment", "Measurements from 212 sampling points on 38 rivers.",
          "http://www.environment.example/reports/water-2016.html",
          "TITLE=dublin-core AUTHOR=dublin-core PUBLISHED=dublin-core SITE_NAME=dublin-core"
              + " DESCRIPTION=dublin-core CANONICAL_URL=dublin-core"),
      new Page("microdata-only.html", "https://pedal.example/reviews/kestrel-2",
          "Review: the Kestrel 2 folding bike", List.of("Olu Adeyemi"), "2020-08-19", null,
          null, null, "TITLE=microdata AUTHOR=microdata PUBLISHED=microdata"),
      new Page("bare.html", "https://bare.example/words", null, List.of(), null, null, null,
          null, ""),
      new Page("jsonld-malformed.html", "https://citydesk.example/transit/night-bus",
          "Why the night bus is late again", List.of("Dana O'Neill"), "2022-01-09T23:50+01:00",
          "City Desk", "Three routes, one depot & too few drivers.", null,
          "TITLE=json-ld AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=json-ld"
              + " DESCRIPTION=json-ld"),
      new Page("jsonld-entities.html", "https://weatherwise.example/qa/heat-dome",
          "Q&A: what a \u201Cheat dome\u201D is", List.of("Priya Natarajan"), "2023-07-12",
          "Weatherwise", null, null,
          "TITLE=json-ld AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=json-ld"),
      new Page("sources-disagree.html", "https://metro.example/trams",
          "The quiet return of the tram", List.of("Jo Marsh"), "2019-10-01",
          "Metro Review Online", "Open Graph description.", "https://metro.example/trams",
          "TITLE=json-ld AUTHOR=microformats PUBLISHED=json-ld SITE_NAME=open-graph"
              + " DESCRIPTION=open-graph CANONICAL_URL=json-ld"),
      new Page("headline-cut.html", "https://estuary.example/eleven-years",
          "What eleven years of measuring a single tidal creek taught us about sediment,"
              + " storms, and the slow patience of salt marshes",
          List.of("A. Rahman", "Jo Kim"), "2021-04-04", "Estuary Notes", null, null,
          "TITLE=open-graph AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=open-graph"),
      new Page("newsletter-like.html", "https://longdivision.example/p/the-maintenance-trap",
          "The maintenance trap", List.of("Corin Vale"), "2024-05-21T11:02:33Z", "Long Division",
          "Why nobody budgets for the boring part",
          "https://longdivision.example/p/the-maintenance-trap",
          "TITLE=json-ld AUTHOR=json-ld PUBLISHED=json-ld SITE_NAME=json-ld"
              + " DESCRIPTION=json-ld CANONICAL_URL=json-ld"),
      new Page("time-only.html", "https://handy.example/taps/dripping",
          "Fixing a dripping tap", List.of("Ola Nordmann"), "2017-04-08", null,
          "A washer and ten minutes.", "https://handy.example/taps/dripping",
          "TITLE=title AUTHOR=byline PUBLISHED=time DESCRIPTION=meta"
              + " CANONICAL_URL=link-canonical"),
      new Page("blog-handwritten.html", "https://tinyasm.example/blog/2024/11/10/",
          "Everything I learned writing a tiny assembler", List.of(), "2024-11-10", null, null,
          null, "TITLE=title PUBLISHED=url"),
      new Page("og-site-appended.html", "https://www.pantrypress.example/recipes/lentils-six-ways",
          "Six ways to cook lentils", List.of("Gus Ferreira", "Noor Haddad"),
          "2017-02-14T16:30Z", null, "From dal to salad.",
          "https://www.pantrypress.example/recipes/lentils-six-ways",
          "TITLE=open-graph AUTHOR=meta PUBLISHED=meta DESCRIPTION=open-graph"
              + " CANONICAL_URL=open-graph"));

  private Fixtures() {}
}
