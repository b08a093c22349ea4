package io.github.linkpost;

/**
 * One part of a post's body, in the order the post shows them: a {@link Discovery}, a
 * {@link Quote}, or {@link Verbatim} Markdown.
 *
 * <pre>{@code
 * for (BodyPart part : post.body()) {
 *   if (part instanceof Quote quote) {
 *     System.out.println(quote.source().url());
 *   }
 * }
 * }</pre>
 */
public sealed interface BodyPart permits Discovery, Quote, Verbatim {
  /**
   * Not part of the content: how the part was spelled in the file it was read from.
   *
   * @return the spelling, when the part was read from a file
   */
  java.util.Optional<Spelling> spelling();
}
