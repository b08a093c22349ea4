/**
 * A parsed document as a tree that may be changed before it is written as HTML: for the
 * linkpost HTML renderer only (exported to it alone). Start with
 * {@link io.github.linkpost.kramdown.tree.KramdownTree#parse}.
 */
package io.github.linkpost.kramdown.tree;
