/**
 * What a web page says about itself: {@link io.github.linkpost.metadata.PageMetadata} (read from
 * a {@link io.github.linkpost.metadata.WebPage}), where each value came from
 * ({@link io.github.linkpost.metadata.MetadataSource}), and
 * {@link io.github.linkpost.metadata.PageFetcher}, which fetches a page over http or https.
 */
package io.github.linkpost.metadata;
