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
public sealed interface BodyPart permits Discovery, Quote, Verbatim {}
