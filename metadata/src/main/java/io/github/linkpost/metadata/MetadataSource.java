package io.github.linkpost.metadata;

/**
 * Where on a page a value was found, in the order the reader tries them (see
 * {@link PageMetadata} for why this order).
 *
 * <pre>{@code
 * PageMetadata meta = PageMetadata.read(page);
 * meta.source(PageMetadata.Field.TITLE); // Optional[JSON_LD]
 * MetadataSource.JSON_LD.label();        // "json-ld"
 * }</pre>
 */
public enum MetadataSource {
  /** A {@code <link rel="canonical">} element (the canonical URL only). */
  LINK_CANONICAL("link-canonical"),
  /** schema.org JSON-LD: {@code <script type="application/ld+json">}. */
  JSON_LD("json-ld"),
  /** A microformats2 {@code h-entry}. */
  MICROFORMATS("microformats"),
  /** Open Graph and its {@code article:} properties ({@code og:title}, ...). */
  OPEN_GRAPH("open-graph"),
  /** Plain {@code <meta name>} tags: {@code author}, {@code description}, {@code byl}, ... */
  META("meta"),
  /** Scholarly {@code citation_*} tags, as papers carry them. */
  CITATION("citation"),
  /** Dublin Core: {@code DC.*} and {@code dcterms.*} tags. */
  DUBLIN_CORE("dublin-core"),
  /** schema.org microdata: {@code itemprop} attributes. */
  MICRODATA("microdata"),
  /** Twitter card tags ({@code twitter:title}, ...). */
  TWITTER("twitter"),
  /** A {@code <time datetime>} element inside the article. */
  TIME_ELEMENT("time"),
  /** The page's visible byline: a {@code rel="author"} link or an element marked as a byline. */
  BYLINE("byline"),
  /** A date in the page's URL path, such as {@code /2024/11/10/}. */
  URL("url"),
  /** The {@code <title>} element. */
  TITLE_ELEMENT("title");

  private final String label;

  MetadataSource(String label) {
    this.label = label;
  }

  /**
   * A short lower-case name, as the command line prints it.
   *
   * @return the label, e.g. {@code "open-graph"}
   */
  public String label() {
    return label;
  }
}
