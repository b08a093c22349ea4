package io.github.linkpost.metadata.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org JSON-LD of a page: every {@code application/ld+json} script read leniently,
 * {@code @graph}s and arrays flattened, {@code @id} references followed, and the node that
 * describes the page's article chosen.
 */
final class JsonLd {
  private static final Set<String> ARTICLES = Set.of("Article", "NewsArticle",
      "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
      "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "BlogPosting",
      "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "TechArticle",
      "APIReference", "ScholarlyArticle", "MedicalScholarlyArticle", "Report",
      "SatiricalArticle", "AdvertiserContentArticle", "Thesis", "Posting");
  private static final Set<String> WORKS = Set.of("CreativeWork", "Recipe", "HowTo",
      "VideoObject", "AudioObject", "PodcastEpisode", "Episode", "Book", "Chapter", "Course",
      "Dataset", "SoftwareSourceCode", "Review", "Question", "Guide", "Legislation",
      "PublicationIssue", "Periodical", "Movie", "MusicRecording", "Photograph");
  private static final Set<String> PAGES = Set.of("WebPage", "ItemPage", "AboutPage",
      "ProfilePage", "CollectionPage", "QAPage", "FAQPage", "MedicalWebPage",
      "SearchResultsPage", "ContactPage", "CheckoutPage", "RealEstateListing");
  private static final Set<String> ORGANIZATIONS = Set.of("Organization", "NewsMediaOrganization",
      "Corporation", "EducationalOrganization", "GovernmentOrganization", "NGO",
      "LocalBusiness", "OnlineBusiness", "Brand", "WebSite", "Project", "ResearchOrganization");
  private static final Pattern WRAPPER_START =
      Pattern.compile("^\\s*(?:<!--|(?://\\s*)?<!\\[CDATA\\[)");
  private static final Pattern WRAPPER_END =
      Pattern.compile("(?:-->|(?://\\s*)?\\]\\]>)\\s*$");

  /** A name and whether an organization (not a person) bears it. */
  record Author(String name, boolean organization) {}

  private final List<Map<String, Object>> nodes = new ArrayList<>();
  private final Map<String, Map<String, Object>> byId = new HashMap<>();
  private final Map<String, Object> main;
  private final Map<String, Object> page;

  private JsonLd(Document document, Set<String> pageUrls) {
    for (Element script : document.select("script")) {
      String type = script.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (type.contains("ld+json")) {
        for (Object value : JsonValues.read(unwrap(script.data()))) {
          collect(value, 0);
        }
      }
    }
    for (Map<String, Object> node : List.copyOf(nodes)) {
      index(node, 0);
    }
    Map<String, Object> found = choose(ARTICLES, pageUrls);
    Map<String, Object> pageNode = choose(PAGES, pageUrls);
    if (found == null && pageNode != null) {
      Map<String, Object> entity = map(resolve(pageNode.get("mainEntity")));
      if (entity != null && (has(entity, ARTICLES) || has(entity, WORKS))) {
        found = entity;
      }
    }
    if (found == null) {
      found = choose(WORKS, pageUrls);
    }
    this.page = pageNode;
    this.main = found != null ? found : pageNode;
  }

  static JsonLd of(Document document, Set<String> pageUrls) {
    return new JsonLd(document, pageUrls);
  }

  boolean isEmpty() {
    return main == null;
  }

  String title() {
    if (main == null) {
      return null;
    }
    String headline = text(main.get("headline"));
    return headline != null ? headline : text(main.get("name"));
  }

  List<Author> authors() {
    List<Author> authors = main == null ? List.of() : authorsOf(main);
    if (authors.isEmpty() && page != null && page != main) {
      authors = authorsOf(page);
    }
    return authors;
  }

  String published() {
    String date = main == null ? null : dateOf(main);
    if (date == null && page != null && page != main) {
      date = dateOf(page);
    }
    return date;
  }

  String description() {
    return main == null ? null : text(main.get("description"));
  }

  /** The WebSite's name, else the article's publisher's. */
  String siteName() {
    for (Map<String, Object> node : nodes) {
      if (types(node).contains("WebSite")) {
        String name = text(node.get("name"));
        if (name != null) {
          return name;
        }
      }
    }
    if (main != null) {
      Map<String, Object> publisher = map(resolve(first(main.get("publisher"))));
      if (publisher != null) {
        return text(publisher.get("name"));
      }
    }
    return null;
  }

  /** The names of the publishers and sites the JSON-LD mentions, to tell them from authors. */
  Set<String> organizationNames() {
    Set<String> names = new HashSet<>();
    for (Map<String, Object> node : byId.values()) {
      if (types(node).stream().anyMatch(ORGANIZATIONS::contains)) {
        String name = text(node.get("name"));
        if (name != null) {
          names.add(name.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    for (Map<String, Object> node : nodes) {
      if (types(node).stream().anyMatch(ORGANIZATIONS::contains)) {
        String name = text(node.get("name"));
        if (name != null) {
          names.add(name.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** The article's URL as the JSON-LD gives it: {@code url}, {@code mainEntityOfPage}. */
  String url() {
    if (main == null) {
      return null;
    }
    String url = text(main.get("url"));
    if (url == null) {
      Object page = first(main.get("mainEntityOfPage"));
      url = page instanceof Map<?, ?> m ? text(m.get("@id") != null ? m.get("@id") : m.get("url"))
          : text(page);
    }
    return url;
  }

  private List<Author> authorsOf(Map<String, Object> node) {
    Object value = node.get("author");
    if (value == null) {
      value = node.get("creator");
    }
    List<Author> authors = new ArrayList<>();
    for (Object one : list(value)) {
      Object resolved = resolve(one);
      if (resolved instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) m;
        String name = text(person.get("name"));
        if (name == null && person.get("familyName") != null) {
          String given = text(person.get("givenName"));
          name = (given != null ? given + " " : "") + text(person.get("familyName"));
        }
        if (name == null) {
          name = text(person.get("alternateName"));
        }
        if (name != null) {
          boolean organization = types(person).stream().anyMatch(ORGANIZATIONS::contains);
          authors.add(new Author(name, organization));
        }
      } else if (resolved instanceof String s && !s.isBlank()) {
        authors.add(new Author(s, false));
      }
    }
    return authors;
  }

  private String dateOf(Map<String, Object> node) {
    for (String key : new String[] {"datePublished", "dateCreated", "uploadDate", "publishDate"}) {
      String date = text(node.get(key));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first node of one of the types, the one whose URL is the page's before the others. */
  private Map<String, Object> choose(Set<String> wanted, Set<String> pageUrls) {
    Map<String, Object> first = null;
    for (Map<String, Object> node : nodes) {
      if (!has(node, wanted)) {
        continue;
      }
      for (String key : new String[] {"url", "@id", "mainEntityOfPage"}) {
        Object value = first(node.get(key));
        String url = value instanceof Map<?, ?> m ? text(m.get("@id")) : text(value);
        if (url != null && pageUrls.contains(Urls.key(url))) {
          return node;
        }
      }
      if (first == null) {
        first = node;
      }
    }
    return first;
  }

  private boolean has(Map<String, Object> node, Set<String> wanted) {
    for (String type : types(node)) {
      if (wanted.contains(type)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private void collect(Object value, int depth) {
    if (depth > 4) {
      return;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        collect(item, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> node = (Map<String, Object>) map;
      Object graph = node.get("@graph");
      if (graph != null) {
        collect(graph, depth + 1);
      }
      if (node.get("@type") != null) {
        nodes.add(node);
        Object entity = node.get("mainEntity");
        if (entity instanceof Map<?, ?> || entity instanceof List<?>) {
          collect(entity, depth + 1);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void index(Object value, int depth) {
    if (depth > 20) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> node = (Map<String, Object>) map;
      Object id = node.get("@id");
      if (id instanceof String s && node.size() > 1) {
        byId.putIfAbsent(s, node);
      }
      for (Object child : node.values()) {
        index(child, depth + 1);
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        index(item, depth + 1);
      }
    }
  }

  /** A reference ({@code {"@id": "#author"}}) as the node it names. */
  private Object resolve(Object value) {
    if (value instanceof Map<?, ?> m && m.get("@id") instanceof String id
        && (m.get("name") == null) && byId.containsKey(id)) {
      return byId.get(id);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static Object first(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : list.get(0);
    }
    return value;
  }

  private static List<?> list(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> l ? l : List.of(value);
  }

  static Set<String> types(Map<String, Object> node) {
    Set<String> types = new LinkedHashSet<>();
    for (Object type : list(node.get("@type"))) {
      if (type instanceof String s) {
        int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
        types.add(s.substring(cut + 1).strip());
      }
    }
    return types;
  }

  /** A value as text: a string, the first of a list, a value object's {@code @value}. */
  static String text(Object value) {
    Object v = first(value);
    if (v instanceof Map<?, ?> m) {
      v = m.get("@value") != null ? m.get("@value") : m.get("name");
      v = first(v);
    }
    if (!(v instanceof String s)) {
      return null;
    }
    String text = s.length() > 5000 ? s.substring(0, 5000) : s;
    return Text.orNull(text);
  }

  private static String unwrap(String script) {
    String text = WRAPPER_END.matcher(WRAPPER_START.matcher(script).replaceFirst(""))
        .replaceFirst("");
    String head = text.strip();
    if ((head.startsWith("{&quot;") || head.startsWith("[&quot;") || head.startsWith("{ &quot;"))
        || (head.contains("&quot;") && !head.contains("\""))) {
      text = Parser.unescapeEntities(text, false);
    }
    return text;
  }

  static URI uri(String text) {
    return Urls.parse(text);
  }
}
