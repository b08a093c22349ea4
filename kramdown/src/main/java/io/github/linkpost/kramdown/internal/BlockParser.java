package io.github.linkpost.kramdown.internal;

/**
 * One block-level construct: it checks whether it starts at the current line and, if so,
 * reads it. The constructs are tried in the order of {@link #list}, which is kramdown's (with
 * its GFM parser's replacements); the first that accepts the line wins.
 */
abstract class BlockParser {
  /** The construct does not start here; the next one is tried. */
  static final int NO = 0;
  /** The construct was read. */
  static final int DONE = 1;
  /** An HTML end tag closed the element whose blocks are being read. */
  static final int STOP = 2;

  abstract int parse(Parser p);

  /** The block constructs, in the order they are tried. */
  static BlockParser[] list(Settings options) {
    return new BlockParser[] {
      BlankLines.INSTANCE,
      IndentedCode.INSTANCE,
      FencedCode.INSTANCE,
      Blockquotes.INSTANCE,
      options.gfmQuirkParagraphEnd ? AtxHeaders.GFM_QUIRK : AtxHeaders.GFM,
      HorizontalRules.INSTANCE,
      Lists.INSTANCE,
      DefinitionLists.INSTANCE,
      BlockHtml.INSTANCE,
      SetextHeaders.INSTANCE,
      BlockMath.INSTANCE,
      Tables.INSTANCE,
      FootnoteDefinitions.INSTANCE,
      LinkDefinitions.INSTANCE,
      AbbreviationDefinitions.INSTANCE,
      BlockExtensions.INSTANCE,
      EobMarkers.INSTANCE,
      Paragraphs.INSTANCE,
    };
  }
}
