package io.github.linkpost.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.Discovery;
import io.github.linkpost.Excerpt;
import io.github.linkpost.Link;
import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.OutputFiles;
import io.github.linkpost.PostStyle;
import io.github.linkpost.Quote;
import io.github.linkpost.Site;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every public method of the module, given null for a parameter, refuses it by name. */
class NullsTest {
  @TempDir
  Path dir;

  private Map<Class<?>, Supplier<Object>> receivers() {
    return Map.of(
        JekyllPostReader.class, JekyllPostReader::jekyll,
        JekyllPostReader.Builder.class, JekyllPostReader::builder,
        JekyllMarkdownRenderer.class, JekyllMarkdownRenderer::jekyll,
        JekyllMarkdownRenderer.Builder.class, JekyllMarkdownRenderer::builder,
        JekyllSite.class, () -> null,
        PostFiles.class, () -> null,
        Slugs.class, () -> null);
  }

  @Test
  void everyPublicMethodRefusesNullInTheLibrarysWords() throws Exception {
    List<String> tried = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Supplier<Object>> type : receivers().entrySet()) {
      for (Method m : type.getKey().getMethods()) {
        if (m.getDeclaringClass() == Object.class) {
          continue;
        }
        Parameter[] parameters = m.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()
              || parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            continue;
          }
          String what = type.getKey().getSimpleName() + "." + m.getName() + " given null for "
              + parameters[i].getName();
          tried.add(what);
          Object[] args = new Object[parameters.length];
          for (int j = 0; j < parameters.length; j++) {
            args[j] = j == i ? null : sample(parameters[j]);
          }
          Throwable thrown = call(m, type.getValue().get(), args);
          if (!(thrown instanceof LinkPostException)
              || !thrown.getMessage().matches(".*must not (be|hold) null.*")) {
            wrong.add(what + ": " + thrown);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(tried).hasSizeGreaterThan(20);
  }

  private static @Nullable Throwable call(Executable executable, @Nullable Object receiver,
      Object[] args) throws IllegalAccessException {
    Method m = (Method) executable;
    try {
      m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private Object sample(Parameter parameter) {
    Class<?> type = parameter.getType();
    if (parameter.getName().equals("fileName")) {
      return "2025-01-01-x.md";
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == String.class) {
      return "---\ntitle: t\n---\n";
    }
    if (type == Path.class) {
      return dir.resolve("2025-01-01-x.md");
    }
    if (type == URI.class) {
      return URI.create("https://example.org/");
    }
    if (type == Instant.class) {
      return Instant.parse("2025-10-13T18:59:00Z");
    }
    if (type == ZoneId.class) {
      return ZoneOffset.UTC;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2025, 1, 1);
    }
    if (type == Consumer.class) {
      return (Consumer<Object>) w -> { };
    }
    if (type == Appendable.class) {
      return new StringBuilder();
    }
    if (type == PostStyle.class) {
      return PostStyle.reference();
    }
    if (type == Site.class) {
      return Site.defaults();
    }
    if (type == OutputFiles.IfExists.class) {
      return OutputFiles.IfExists.FAIL;
    }
    if (type == LinkPost.class) {
      Link page = Link.of("A page", "https://example.org/page");
      return LinkPost.builder().title("T")
          .discovery(Discovery.builder().at(Instant.parse("2025-10-13T18:59:00Z")).page(page).build())
          .addQuote(Quote.builder().source(page).addExcerpt(Excerpt.of("p")).build()).build();
    }
    throw new AssertionError("no sample of " + type);
  }
}
