package io.github.linkpost.kramdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attribute list as written in {@code {: ...}}: attributes in the order given (classes
 * joined), and the names of attribute list definitions it refers to.
 */
final class Ial {
  static final String CLASS = "class";

  final Map<String, String> attrs = new LinkedHashMap<>();
  List<String> refs;

  void addRef(String ref) {
    if (refs == null) {
      refs = new ArrayList<>();
    }
    refs.add(ref);
  }

  boolean hasRef(String ref) {
    return refs != null && refs.contains(ref);
  }

  void addClass(String cls) {
    String old = attrs.get(CLASS);
    attrs.put(CLASS, old == null ? cls : Chars.lstrip(old + " " + cls));
  }

  /** Adds everything of {@code other}: its references, then its attributes. */
  void merge(Ial other) {
    if (other.refs != null) {
      if (refs == null) {
        refs = new ArrayList<>();
      }
      refs.addAll(other.refs);
    }
    for (Map.Entry<String, String> e : other.attrs.entrySet()) {
      if (e.getKey().equals(CLASS)) {
        addClass(e.getValue());
      } else {
        attrs.put(e.getKey(), e.getValue());
      }
    }
  }
}
