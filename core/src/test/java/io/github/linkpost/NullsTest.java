package io.github.linkpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method and constructor of the model, given null for one of its parameters (the
 * others given values), refuses it with a {@link LinkPostException} that names what it is, in
 * the library's words; but for the parameters marked {@link Nullable}.
 */
class NullsTest {
  @TempDir
  Path dir;

  private static final Instant AT = Instant.parse("2025-10-13T18:59:00Z");

  /** The types whose public methods are tried, with a way to make a receiver of each. */
  private Map<Class<?>, Supplier<Object>> receivers() {
    return Map.ofEntries(
        Map.entry(LinkPost.class, NullsTest::post),
        Map.entry(LinkPost.Builder.class, () -> post().toBuilder()),
        Map.entry(Discovery.class, NullsTest::discovery),
        Map.entry(Discovery.Builder.class, () -> discovery().toBuilder()),
        Map.entry(Quote.class, NullsTest::quote),
        Map.entry(Quote.Builder.class, () -> quote().toBuilder()),
        Map.entry(Link.class, NullsTest::link),
        Map.entry(Excerpt.class, () -> Excerpt.of("p")),
        Map.entry(Verbatim.class, () -> Verbatim.of("v")),
        Map.entry(Spelling.class, () -> Spelling.of("markdown", "t", "x")),
        Map.entry(PostStyle.class, PostStyle::reference),
        Map.entry(PostStyle.Builder.class, PostStyle::builder),
        Map.entry(Site.class, Site::defaults),
        Map.entry(Site.Builder.class, Site::builder),
        Map.entry(Site.Author.class, () -> Site.Author.of("Ada")),
        Map.entry(LinkPostException.class, () -> new LinkPostException("m")),
        Map.entry(PostRenderers.class, () -> null),
        Map.entry(OutputFiles.class, () -> null));
  }

  @Test
  void everyPublicMethodRefusesNullInTheLibrarysWords() throws Exception {
    List<String> tried = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Supplier<Object>> type : receivers().entrySet()) {
      List<Executable> executables = new ArrayList<>(List.of(type.getKey().getConstructors()));
      for (Method m : type.getKey().getMethods()) {
        if (m.getDeclaringClass() != Object.class && m.getDeclaringClass() != Throwable.class
            && !m.isSynthetic()) {
          executables.add(m);
        }
      }
      for (Executable executable : executables) {
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()
              || parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            continue;
          }
          String what = type.getKey().getSimpleName() + "." + executable.getName()
              + " given null for " + parameters[i].getName();
          tried.add(what);
          Object[] args = new Object[parameters.length];
          for (int j = 0; j < parameters.length; j++) {
            args[j] = j == i ? null : sample(parameters[j].getType());
          }
          Throwable thrown = call(executable, type.getValue().get(), args);
          if (!(thrown instanceof LinkPostException)
              || !thrown.getMessage().matches(".*must not (be|hold) null.*")) {
            wrong.add(what + ": " + thrown);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(tried).hasSizeGreaterThan(150);
  }

  @Test
  void aRequiredValueNotGivenIsNamed() {
    assertThatThrownBy(() -> Discovery.builder().build())
        .isInstanceOf(LinkPostException.class).hasMessage("Discovery.at must be set");
    assertThatThrownBy(() -> Quote.builder().addExcerpt(Excerpt.of("p")).build())
        .isInstanceOf(LinkPostException.class).hasMessage("Quote.source must be set");
  }

  @Test
  void namesTheFieldOfANullAndOfANullElement() {
    assertThatThrownBy(() -> Discovery.builder().at(null))
        .hasMessage("Discovery.at must not be null");
    assertThatThrownBy(() -> LinkPost.builder().addTags("a", null))
        .hasMessage("LinkPost.tags must not hold null (at index 1)");
    assertThatThrownBy(() -> LinkPost.builder().putExtraFrontMatter("draft", null))
        .hasMessage("LinkPost.extraFrontMatter.draft must not be null");
    assertThatThrownBy(() -> Link.of("t", (String) null)).hasMessage("Link.url must not be null");
    assertThatThrownBy(() -> post().withTitle((String) null))
        .hasMessage("LinkPost.title must not be null");
  }

  private static @Nullable Throwable call(Executable executable, @Nullable Object receiver,
      Object[] args) throws IllegalAccessException, InstantiationException {
    try {
      if (executable instanceof Constructor<?> c) {
        c.newInstance(args);
      } else {
        Method m = (Method) executable;
        m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver, args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private Object sample(Class<?> type) {
    if (type == int.class) {
      return 0;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == String.class || type == Object.class || type == CharSequence.class) {
      return "x";
    }
    if (type == String[].class) {
      return new String[] {"x"};
    }
    if (type == Excerpt[].class) {
      return new Excerpt[] {Excerpt.of("p")};
    }
    if (type == URI.class) {
      return URI.create("https://example.org/");
    }
    if (type == Instant.class) {
      return AT;
    }
    if (type == ZoneId.class) {
      return ZoneOffset.UTC;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 1, 2);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse("2025-10-13T18:59:00Z");
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == Iterable.class || type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Path.class) {
      return dir.resolve("out");
    }
    if (type == Class.class) {
      return PostRenderer.class;
    }
    if (type == Throwable.class) {
      return new java.io.IOException("x");
    }
    if (type == Appendable.class) {
      return new StringBuilder();
    }
    if (type == Link.class) {
      return link();
    }
    if (type == Discovery.class) {
      return discovery();
    }
    if (type == Quote.class || type == BodyPart.class) {
      return quote();
    }
    if (type == Excerpt.class) {
      return Excerpt.of("p");
    }
    if (type == LinkPost.class) {
      return post();
    }
    if (type == Spelling.class) {
      return Spelling.of("markdown", "t", "x");
    }
    if (type == PostStyle.class) {
      return PostStyle.reference();
    }
    if (type == PostStyle.LinkPlace.class) {
      return PostStyle.LinkPlace.DISCOVERY_LINE;
    }
    if (type == Site.class) {
      return Site.defaults();
    }
    if (type == Site.Author.class) {
      return Site.Author.of("Ada");
    }
    if (type == OutputFiles.IfExists.class) {
      return OutputFiles.IfExists.FAIL;
    }
    throw new AssertionError("no sample of " + type);
  }

  private static Link link() {
    return Link.of("A page", "https://example.org/page");
  }

  private static Discovery discovery() {
    return Discovery.builder().at(AT).page(link()).build();
  }

  private static Quote quote() {
    return Quote.builder().source(link()).addExcerpt(Excerpt.of("p")).build();
  }

  private static LinkPost post() {
    return LinkPost.builder().title("T").discovery(discovery()).addQuote(quote()).build();
  }
}
