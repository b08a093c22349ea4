package io.github.linkpost.metadata.internal;

import io.github.linkpost.metadata.MetadataSource;
import io.github.linkpost.metadata.PageMetadata;
import io.github.linkpost.metadata.PageMetadata.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata: every source gives its candidates, in the order
 * {@link PageMetadata} documents, and each field takes the first usable one.
 */
public final class MetadataExtractor {
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/\\-_.]|$)");
  /** Cut-short headlines: search engines ask for at most 110 characters. */
  private static final int SHORT_HEADLINE = 100;

  private MetadataExtractor() {}

  /** A value and where it was found. */
  private record Candidate<T>(T value, MetadataSource source) {}

  /** The metadata of the page. */
  public static PageMetadata read(String html, URI url) {
    Document document = Jsoup.parse(html, url.toString());
    return new Reading(document, url).metadata();
  }

  /** One page's reading: its sources, parsed once. */
  private static final class Reading {
    private final Document document;
    private final URI base;
    private final String host;
    private final MetaTags meta;
    private final JsonLd jsonLd;
    private final Microformats entry;
    private final Microdata microdata;
    private final PageMetadata.Builder out = PageMetadata.builder();

    Reading(Document document, URI url) {
      this.document = document;
      this.base = base(document, url);
      this.host = url.getHost();
      this.meta = new MetaTags(document);
      Set<String> urls = new HashSet<>();
      urls.add(Urls.key(url.toString()));
      Element canonical = document.selectFirst("link[rel~=(?i)^canonical$][href]");
      if (canonical != null) {
        URI c = Urls.resolve(base, canonical.attr("href"));
        if (c != null) {
          urls.add(Urls.key(c.toString()));
        }
      }
      String ogUrl = meta.first("og:url");
      if (ogUrl != null) {
        urls.add(Urls.key(ogUrl));
      }
      this.jsonLd = JsonLd.of(document, urls);
      this.entry = Microformats.of(document);
      this.microdata = Microdata.of(document);
    }

    PageMetadata metadata() {
      Set<String> siteNames = new LinkedHashSet<>();
      Candidate<String> site = first(siteNames());
      if (site != null) {
        out.siteName(site.value()).source(Field.SITE_NAME, site.source());
      }
      for (Candidate<String> c : siteNames()) {
        siteNames.add(c.value());
      }
      siteNames.addAll(jsonLd.organizationNames());
      List<String> authors = authors(siteNames);
      title(siteNames, authors);
      published();
      Candidate<String> description = first(descriptions());
      if (description != null) {
        out.description(description.value()).source(Field.DESCRIPTION, description.source());
      }
      canonical();
      return out.build();
    }

    private List<Candidate<String>> siteNames() {
      List<Candidate<String>> c = new ArrayList<>();
      add(c, jsonLd.siteName(), MetadataSource.JSON_LD);
      add(c, meta.first("og:site_name"), MetadataSource.OPEN_GRAPH);
      add(c, meta.first("application-name", "apple-mobile-web-app-title"), MetadataSource.META);
      add(c, meta.first("citation_journal_title", "citation_conference_title",
          "citation_publisher"), MetadataSource.CITATION);
      add(c, meta.first("dc.publisher", "dcterms.publisher"), MetadataSource.DUBLIN_CORE);
      return c;
    }

    private void title(Set<String> siteNames, List<String> authors) {
      List<Candidate<String>> c = new ArrayList<>();
      add(c, jsonLd.title(), MetadataSource.JSON_LD);
      add(c, entry.name(), MetadataSource.MICROFORMATS);
      add(c, meta.first("og:title"), MetadataSource.OPEN_GRAPH);
      add(c, meta.first("parsely-title", "sailthru.title", "title"), MetadataSource.META);
      add(c, meta.first("citation_title"), MetadataSource.CITATION);
      add(c, meta.first("dc.title", "dcterms.title"), MetadataSource.DUBLIN_CORE);
      add(c, microdata.headline(), MetadataSource.MICRODATA);
      add(c, meta.first("twitter:title"), MetadataSource.TWITTER);
      add(c, titleElement(), MetadataSource.TITLE_ELEMENT);
      List<Candidate<String>> cleaned = new ArrayList<>();
      Element h1 = document.selectFirst("h1");
      String heading = h1 == null ? null : Text.orNull(h1.text());
      for (Candidate<String> candidate : c) {
        String t = Titles.byHeading(Titles.withoutAuthor(
            Titles.strip(candidate.value(), siteNames, host), authors), heading);
        // A title that is just the site's name says nothing of the page.
        if (!Titles.isSite(t, siteNames, null) || c.size() == 1) {
          cleaned.add(new Candidate<>(t, candidate.source()));
        }
      }
      if (cleaned.isEmpty()) {
        return;
      }
      Candidate<String> chosen = cleaned.get(0);
      String stem = chosen.value().replaceFirst("(?:\\.\\.\\.|\u2026)$", "").strip();
      if (stem.length() >= SHORT_HEADLINE || stem.length() < chosen.value().length()) {
        for (Candidate<String> later : cleaned) {
          if (later.value().length() > chosen.value().length()
              && later.value().toLowerCase(Locale.ROOT).startsWith(stem.toLowerCase(Locale.ROOT))) {
            chosen = later;
            break;
          }
        }
      }
      out.title(chosen.value()).source(Field.TITLE, chosen.source());
    }

    private String titleElement() {
      Element title = document.selectFirst("head > title");
      if (title == null) {
        for (Element t : document.getElementsByTag("title")) {
          if (t.closest("svg") == null) {
            title = t;
            break;
          }
        }
      }
      return title == null ? null : title.text();
    }

    private List<String> authors(Set<String> siteNames) {
      List<Candidate<List<String>>> c = new ArrayList<>();
      List<String> fromJson = new ArrayList<>();
      boolean allOrganizations = true;
      for (JsonLd.Author author : jsonLd.authors()) {
        List<String> names = Names.of(author.name(), false);
        fromJson.addAll(names);
        allOrganizations &= author.organization();
      }
      if (!fromJson.isEmpty()) {
        c.add(new Candidate<>(dedupe(fromJson), MetadataSource.JSON_LD));
      }
      names(c, entry.authors(), MetadataSource.MICROFORMATS, false);
      List<String> ogAuthors = new ArrayList<>(meta.all("article:author"));
      ogAuthors.addAll(meta.all("og:article:author"));
      names(c, ogAuthors, MetadataSource.OPEN_GRAPH, false);
      String byline = meta.first("author", "byl", "parsely-author", "sailthru.author", "authors");
      if (byline == null) {
        byline = parsely("author");
      }
      names(c, byline == null ? List.of() : List.of(byline), MetadataSource.META, false);
      names(c, meta.all("citation_author"), MetadataSource.CITATION, true);
      List<String> dc = new ArrayList<>(meta.all("dc.creator"));
      dc.addAll(meta.all("dcterms.creator"));
      names(c, dc, MetadataSource.DUBLIN_CORE, true);
      names(c, microdata.authors(), MetadataSource.MICRODATA, false);
      String label = meta.first("twitter:label1");
      if (label != null && label.toLowerCase(Locale.ROOT).matches("(written )?by|author|autor")) {
        names(c, List.of(String.valueOf(meta.first("twitter:data1"))), MetadataSource.TWITTER,
            false);
      }
      names(c, byline(), MetadataSource.BYLINE, false);
      if (c.isEmpty()) {
        return List.of();
      }
      Candidate<List<String>> chosen = null;
      for (Candidate<List<String>> candidate : c) {
        boolean organizational = candidate.source() == MetadataSource.JSON_LD
            ? allOrganizations || allSites(candidate.value(), siteNames)
            : allSites(candidate.value(), siteNames);
        if (!organizational) {
          chosen = candidate;
          break;
        }
      }
      if (chosen == null) {
        chosen = c.get(0);
      }
      for (String name : chosen.value()) {
        out.addAuthor(name);
      }
      out.source(Field.AUTHOR, chosen.source());
      return chosen.value();
    }

    private boolean allSites(List<String> names, Set<String> siteNames) {
      for (String name : names) {
        if (!Titles.isSite(name, siteNames, host)) {
          return false;
        }
      }
      return true;
    }

    private List<String> byline() {
      Element scope = document.selectFirst("article");
      Element root = scope != null ? scope : document.body();
      if (root == null) {
        return List.of();
      }
      String selector = "a[rel~=(?i)^author$], .byline, .byline__name, .byline-name, "
          + ".author-name, .post-author, .entry-author, .article-author"
          + (scope != null ? ", .author" : "");
      for (Element e : root.select(selector)) {
        String text = e.text();
        if (!text.isBlank() && text.length() <= 120) {
          List<String> names = Names.of(text, false);
          if (!names.isEmpty()) {
            return List.of(text);
          }
        }
      }
      return List.of();
    }

    private void published() {
      List<Candidate<String>> c = new ArrayList<>();
      add(c, jsonLd.published(), MetadataSource.JSON_LD);
      add(c, entry.published(), MetadataSource.MICROFORMATS);
      add(c, meta.first("article:published_time", "og:article:published_time",
          "article:published", "og:published_time"), MetadataSource.OPEN_GRAPH);
      add(c, meta.first("pubdate", "publishdate", "publish-date", "publish_date",
          "published_time", "published-date", "datepublished", "date", "sailthru.date",
          "parsely-pub-date", "article.published", "article_date_original",
          "original-publish-date", "pdate", "release_date"), MetadataSource.META);
      add(c, parsely("pub_date"), MetadataSource.META);
      add(c, meta.first("citation_publication_date", "citation_date", "citation_online_date",
          "citation_cover_date"), MetadataSource.CITATION);
      add(c, meta.first("dcterms.issued", "dc.date.issued", "dcterms.date", "dc.date",
          "dcterms.created", "dc.date.created"), MetadataSource.DUBLIN_CORE);
      add(c, microdata.published(), MetadataSource.MICRODATA);
      add(c, timeElement(), MetadataSource.TIME_ELEMENT);
      for (Candidate<String> candidate : c) {
        PageDate date = Dates.parse(candidate.value());
        if (date != null) {
          if (date.at() != null) {
            out.publishedAt(date.at());
          } else {
            out.published(date.date());
          }
          out.source(Field.PUBLISHED, candidate.source());
          return;
        }
      }
      Matcher m = URL_DATE.matcher(base == null || base.getRawPath() == null ? ""
          : base.getRawPath());
      if (m.find()) {
        PageDate date = Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        if (date != null) {
          out.published(date.date()).source(Field.PUBLISHED, MetadataSource.URL);
        }
      }
    }

    /** A value of the JSON object that Parse.ly's {@code parsely-page} tag holds. */
    private String parsely(String key) {
      String page = meta.first("parsely-page");
      if (page == null) {
        return null;
      }
      for (Object value : JsonValues.read(page)) {
        if (value instanceof java.util.Map<?, ?> map) {
          return JsonLd.text(map.get(key));
        }
      }
      return null;
    }

    private String timeElement() {
      Element scope = document.selectFirst("article");
      if (scope == null) {
        scope = document.selectFirst("main, [role=main]");
      }
      if (scope == null) {
        return null;
      }
      Element time = scope.selectFirst("time[pubdate], time[itemprop~=(?i)datePublished], "
          + "time.published, time.dt-published, time.entry-date");
      if (time == null) {
        for (Element t : scope.getElementsByTag("time")) {
          if (!isUpdate(t)) {
            time = t;
            break;
          }
        }
      }
      return time == null ? null : time.hasAttr("datetime") ? time.attr("datetime") : time.text();
    }

    /** A time that says when the page was changed, not published. */
    private static boolean isUpdate(Element time) {
      Element e = time;
      for (int depth = 0; e != null && depth < 3; depth++, e = e.parent()) {
        String marks = (e.className() + " " + e.id() + " " + e.attr("itemprop"))
            .toLowerCase(Locale.ROOT);
        if (marks.contains("modif") || marks.contains("updated") || marks.contains("edited")) {
          return true;
        }
      }
      return false;
    }

    private List<Candidate<String>> descriptions() {
      List<Candidate<String>> c = new ArrayList<>();
      add(c, jsonLd.description(), MetadataSource.JSON_LD);
      add(c, entry.summary(), MetadataSource.MICROFORMATS);
      add(c, meta.first("og:description"), MetadataSource.OPEN_GRAPH);
      add(c, meta.first("description"), MetadataSource.META);
      add(c, meta.first("citation_abstract"), MetadataSource.CITATION);
      add(c, meta.first("dc.description", "dcterms.description", "dcterms.abstract"),
          MetadataSource.DUBLIN_CORE);
      add(c, microdata.description(), MetadataSource.MICRODATA);
      add(c, meta.first("twitter:description"), MetadataSource.TWITTER);
      return c;
    }

    private void canonical() {
      List<Candidate<String>> c = new ArrayList<>();
      Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
      add(c, link == null ? null : link.attr("href"), MetadataSource.LINK_CANONICAL);
      add(c, jsonLd.url(), MetadataSource.JSON_LD);
      add(c, entry.url(), MetadataSource.MICROFORMATS);
      add(c, meta.first("og:url"), MetadataSource.OPEN_GRAPH);
      add(c, meta.first("citation_abstract_html_url", "citation_public_url"),
          MetadataSource.CITATION);
      add(c, meta.first("dc.identifier", "dcterms.identifier"), MetadataSource.DUBLIN_CORE);
      add(c, meta.first("twitter:url"), MetadataSource.TWITTER);
      for (Candidate<String> candidate : c) {
        URI uri = Urls.resolve(base, candidate.value());
        if (uri != null) {
          try {
            uri = new URI(uri.getScheme(), uri.getRawAuthority() == null ? null
                : uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
          } catch (java.net.URISyntaxException e) {
            continue;
          }
          out.canonicalUrl(uri).source(Field.CANONICAL_URL, candidate.source());
          return;
        }
      }
    }

    private static void add(List<Candidate<String>> list, String value, MetadataSource source) {
      String text = Text.orNull(value);
      if (text != null) {
        list.add(new Candidate<>(text, source));
      }
    }

    private static void names(List<Candidate<List<String>>> list, List<String> values,
        MetadataSource source, boolean lastFirst) {
      List<String> names = new ArrayList<>();
      for (String value : values) {
        names.addAll(Names.of(value, lastFirst));
      }
      if (!names.isEmpty()) {
        list.add(new Candidate<>(dedupe(names), source));
      }
    }

    private static List<String> dedupe(List<String> names) {
      Set<String> seen = new HashSet<>();
      List<String> kept = new ArrayList<>();
      for (String name : names) {
        if (seen.add(name.toLowerCase(Locale.ROOT))) {
          kept.add(name);
        }
      }
      return kept;
    }

    private static <T> Candidate<T> first(List<Candidate<T>> list) {
      return list.isEmpty() ? null : list.get(0);
    }

    private static URI base(Document document, URI url) {
      Element tag = document.selectFirst("base[href]");
      if (tag != null) {
        URI resolved = Urls.resolve(url, tag.attr("href"));
        if (resolved != null) {
          return resolved;
        }
      }
      return url;
    }
  }
}
