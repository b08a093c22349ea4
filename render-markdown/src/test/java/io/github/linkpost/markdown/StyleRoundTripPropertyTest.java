package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code read(write(post, style), style).equals(post)} for generated styles, their labels
 * holding the signs that matter to Markdown, kramdown and Liquid, and generated posts (those of
 * {@link RoundTripPropertyTest}; in the front-matter style some dated as found, so that the
 * front matter says their discovery).
 */
class StyleRoundTripPropertyTest {
  private static final List<String> SIGNS = List.of(
      "*", "_", "[", "]", "(", ")", "`", "<", ">", "|", "&", "&amp;", "#", "-", "+", "=", ":",
      "{{", "{%", "}}", "\\", "!", "~~", "$$", "^", "1.", "...", "…", "«", "🙂", "مرحبا", "\"",
      "'");
  private static final List<String> WORDS = List.of(
      "Found", "Source", "By", "Quote", "snip", "via", "x", "Lu", "Gefunden", "見つけた");

  private final RoundTripPropertyTest posts = new RoundTripPropertyTest();

  /** 300 tries in the build; more with {@code -Djqwik.tries.default=5000}. */
  @Property
  void whatAStyleWritesItReadsBack(@ForAll("styles") PostStyle style,
      @ForAll("posts") LinkPost post) {
    Statistics.label("style").collect(style.equals(PostStyle.reference()) ? "reference (a generated one refused)"
        : style.linkPlace() == PostStyle.LinkPlace.FRONT_MATTER ? "generated, front matter" : "generated, discovery line");
    JekyllMarkdownRenderer writer = JekyllMarkdownRenderer.builder().style(style).build();
    JekyllPostReader reader = JekyllPostReader.builder().style(style).build();
    String text = writer.render(post);
    LinkPost back = reader.parse(text);
    assertThat(back).as(style + "\n" + text).isEqualTo(post);
    assertThat(writer.render(back)).as(text).isEqualTo(text);
  }

  @Provide
  Arbitrary<LinkPost> posts() {
    return Combinators.combine(posts.posts(), Arbitraries.of(true, false)).as((post, dated) -> {
      Optional<Discovery> d = post.discovery();
      return dated && d.isPresent()
          ? post.toBuilder().date(d.get().at().atZone(ZoneOffset.ofHours(-7)).toOffsetDateTime()).build()
          : post;
    });
  }

  @Provide
  Arbitrary<PostStyle> styles() {
    Arbitrary<String> label = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(SIGNS)).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of("", " ", ": "))
        .as((parts, joint) -> String.join(joint, parts).strip())
        .filter(s -> !s.isBlank());
    Arbitrary<String> heading = Combinators.combine(Arbitraries.integers().between(1, 6), label)
        .as((level, text) -> "#".repeat(level) + " " + text);
    Arbitrary<String> time = Arbitraries.of("MMM d, yyyy HH:mm", "yyyy-MM-dd HH:mm",
        "d MMMM yyyy 'at' H:mm", "dd.MM.yyyy, HH:mm", "EEE MMM d yyyy HH:mm", "h:mm a, MMM d, yyyy");
    Arbitrary<ZoneId> zone = Arbitraries.of(ZoneOffset.UTC, ZoneId.of("America/Vancouver"),
        ZoneId.of("Asia/Kolkata"));
    List<Arbitrary<Object>> all = List.of(label.asGeneric(), label.asGeneric(), heading.asGeneric(),
        label.asGeneric(), label.asGeneric(), label.asGeneric(), label.asGeneric(), time.asGeneric(),
        Arbitraries.of(PostStyle.LinkPlace.values()).asGeneric(), zone.asGeneric());
    return Combinators.combine(all)
        .as(values -> {
          try {
            return PostStyle.builder()
                .discovered((String) values.get(0)).remarksArrow((String) values.get(1))
                .quoteHeading((String) values.get(2)).readWholeThing((String) values.get(3))
                // By and published must not start one another: each starts with a letter of its own.
                .by("B" + values.get(4)).published("P" + values.get(5))
                .elision((String) values.get(6)).timeFormat((String) values.get(7))
                .linkPlace((PostStyle.LinkPlace) values.get(8)).zone((ZoneId) values.get(9))
                .build();
          } catch (LinkPostException e) {
            return PostStyle.reference();
          }
        });
  }
}
