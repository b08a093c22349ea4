package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every attribute of every value has its copy-with method, and the copies keep the rest. */
class CopiesTest {
  private static final Instant AT = Instant.parse("2025-10-13T18:59:00Z");

  @Test
  void everyAttributeHasACopyWithMethod() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : List.of(LinkPost.class, Discovery.class, Quote.class, Link.class,
        Excerpt.class, Verbatim.class, PostStyle.class, Site.class, Site.Author.class)) {
      for (Method attribute : type.getDeclaredMethods()) {
        if (!Modifier.isAbstract(attribute.getModifiers()) || attribute.getParameterCount() > 0) {
          continue;
        }
        String name = attribute.getName();
        String with = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        boolean found = false;
        for (Method m : type.getMethods()) {
          found |= m.getName().equals(with) && m.getParameterCount() == 1
              && type.isAssignableFrom(m.getReturnType());
        }
        if (!found) {
          missing.add(type.getSimpleName() + "." + with);
        }
      }
      // Attributes with a default are not abstract: they are named here.
    }
    assertThat(missing).isEmpty();
    for (String defaulted : List.of("withLayout", "withZone", "withDiscovered", "withElision",
        "withLinkPlace", "withMarkdownExtensions", "withPermalink", "withBaseurl", "withStyle")) {
      assertThat(List.of(LinkPost.class, Discovery.class, PostStyle.class, Site.class).stream()
          .flatMap(t -> List.of(t.getMethods()).stream()).map(Method::getName))
          .as(defaulted).contains(defaulted);
    }
  }

  @Test
  void aPostsCopiesChangeOneThingEach() {
    LinkPost post = post();
    OffsetDateTime date = OffsetDateTime.parse("2025-10-13T11:59:00-07:00");
    assertThat(post.withDate(date).date()).contains(date);
    assertThat(post.withDate(date).withDate(Optional.empty())).isEqualTo(post);
    assertThat(post.withPermalink("/links/tides/").permalink()).contains("/links/tides/");
    assertThat(post.withCategories(List.of("links")).categories()).containsExactly("links");
    assertThat(post.withLayout("link").layout()).isEqualTo("link");
    assertThat(post.withExtraFrontMatter(Map.of("draft", true)).extraFrontMatter())
        .containsEntry("draft", true);
    LinkPost changed = post.withPermalink("/p/");
    assertThat(changed.title()).isEqualTo(post.title());
    assertThat(changed.body()).isEqualTo(post.body());
  }

  @Test
  void aDiscoverysCopies() {
    Discovery d = discovery();
    assertThat(d.withVia("https://example.net/how").via())
        .contains(URI.create("https://example.net/how"));
    assertThat(d.withVia(Optional.empty()).via()).isEmpty();
    Link other = Link.of("Other", "https://example.org/other");
    assertThat(d.withPage(other).page()).contains(other);
    assertThat(d.withPage(Optional.empty()).page()).isEmpty();
    assertThat(d.withRemarks("r").withRemarks(Optional.empty())).isEqualTo(d);
    assertThat(d.withAt(AT.plusSeconds(59)).at()).isEqualTo(AT);
    assertThatThrownBy(() -> d.withVia("ftp://example.org/"))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Discovery.via ");
  }

  @Test
  void aQuotesCopies() {
    Quote q = quote();
    assertThat(q.withAuthor(" Ada ").author()).contains("Ada");
    assertThat(q.withAuthor(Optional.empty()).author()).isEmpty();
    assertThat(q.withPublished(LocalDate.of(1843, 9, 1)).published())
        .contains(LocalDate.of(1843, 9, 1));
    assertThatThrownBy(() -> q.withExcerpts(List.of()))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("Quote.excerpts ");
    assertThat(Link.of("a", "https://example.org/").withUrl("https://example.org/b c").url())
        .hasToString("https://example.org/b%20c");
    assertThat(Excerpt.of("a").withParagraphs(List.of("b", "c")).paragraphs())
        .containsExactly("b", "c");
    assertThat(Verbatim.of("x").withMarkdown("\n\ny\n\n").markdown()).isEqualTo("y\n");
  }

  @Test
  void aStyleAndASitesCopies() {
    PostStyle style = PostStyle.reference().withDiscovered("Found").withElision("[…]")
        .withZone(ZoneId.of("Europe/Paris"));
    assertThat(style.discovered()).isEqualTo("Found");
    assertThat(style.elision()).isEqualTo("[…]");
    assertThatThrownBy(() -> style.withBy("Published:"))
        .isInstanceOf(LinkPostException.class).hasMessageStartingWith("PostStyle.published ");
    Site site = Site.defaults().withTimezone(ZoneId.of("Europe/Paris")).withTitle("Links")
        .withStyle(PostStyle.frontMatter());
    assertThat(site.style().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(site.style().linkPlace()).isEqualTo(PostStyle.LinkPlace.FRONT_MATTER);
    assertThat(Site.Author.of("Ada").withEmail(Optional.of("ada@example.org")).email())
        .contains("ada@example.org");
  }

  @Test
  void onePartOfTheBodyIsReplacedAndTheOthersKeepTheirSpelling() {
    Verbatim spelled = Verbatim.of("Kept.").withSpelling(Spelling.of("markdown", "Kept.\n", "x"));
    LinkPost post = LinkPost.builder().title("T").discovery(discovery()).addQuote(quote())
        .addBody(spelled).build();
    Quote fixed = quote().withAuthor("Ada");
    LinkPost changed = post.withBodyPart(1, fixed);
    assertThat(changed.body()).containsExactly(discovery(), fixed, spelled);
    assertThat(changed.body().get(2).spelling()).isPresent();
    assertThatThrownBy(() -> post.withBodyPart(3, fixed))
        .isInstanceOf(LinkPostException.class)
        .hasMessage("LinkPost.body index must be from 0 to 2, was 3");
    assertThatThrownBy(() -> post.withBodyPart(0, discovery()).withBodyPart(1, discovery()))
        .isInstanceOf(LinkPostException.class)
        .hasMessageStartingWith("LinkPost.body must hold at most one discovery");
  }

  @Test
  void theDiscoveryIsReplacedInPlaceOrPutFirst() {
    Discovery remarked = discovery().withRemarks("Read it.");
    LinkPost post = post();
    assertThat(post.withDiscovery(remarked).body()).containsExactly(remarked, quote());
    LinkPost quoteOnly = LinkPost.builder().title("T").addQuote(quote()).build();
    assertThat(quoteOnly.withDiscovery(remarked).body()).containsExactly(remarked, quote());
  }

  private static Discovery discovery() {
    return Discovery.builder().at(AT).page(Link.of("A page", "https://example.org/page")).build();
  }

  private static Quote quote() {
    return Quote.builder().source(Link.of("Source", "https://example.org/source"))
        .addExcerpt(Excerpt.of("One.")).build();
  }

  private static LinkPost post() {
    return LinkPost.builder().title("A title").discovery(discovery()).addQuote(quote()).build();
  }
}
