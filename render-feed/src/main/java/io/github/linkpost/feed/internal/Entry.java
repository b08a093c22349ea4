package io.github.linkpost.feed.internal;

import io.github.linkpost.Discovery;
import io.github.linkpost.Link;
import io.github.linkpost.Quote;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One post made ready for a feed: everything a format writes, computed once.
 *
 * @param path the post's path in the site
 * @param id the entry's id, a URI
 * @param url the post's absolute URL
 * @param title the title, plain text
 * @param page the linked page
 * @param discovery the discovery
 * @param date Jekyll's page.date
 * @param terms the tags and categories, each once
 * @param author the post's own author
 * @param html the content: the post's HTML fragment, its relative URLs made absolute
 * @param quotes the quotes
 */
public record Entry(String path, String id, URI url, String title, Optional<Link> page,
    Optional<Discovery> discovery, OffsetDateTime date, List<String> terms,
    Optional<String> author, String html, List<Quote> quotes) {}
