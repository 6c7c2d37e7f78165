package io.bulwark.cli.output;

import io.bulwark.api.yaml.GoYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as Kyverno's CLI prints and writes it (go-yaml v2's {@code Marshal} of the object):
 * keys in go-yaml's map order, block style, 2-space indent, lists level with their key.
 */
public final class ResourceYaml {

  private ResourceYaml() {}

  /** The resource as a YAML document ending with a newline, without a {@code ---} marker. */
  public static String write(JsonNode resource) {
    return GoYaml.write(sorted(resource));
  }

  /** A copy of the tree whose object keys are in go-yaml's order at every level. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      entries.sort((a, b) -> keyOrder(a.getKey(), b.getKey()));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      entries.forEach(e -> copy.set(e.getKey(), sorted(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }

  /**
   * go-yaml v2's order of string keys: rune by rune; where they first differ, two letters compare
   * as runes, a non-letter sorts before a letter, and runs of digits compare as numbers (so
   * {@code item9} precedes {@code item10}); a prefix sorts first.
   */
  static int keyOrder(String a, String b) {
    int[] ar = a.codePoints().toArray();
    int[] br = b.codePoints().toArray();
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        continue;
      }
      boolean aLetter = Character.isLetter(ar[i]);
      boolean bLetter = Character.isLetter(br[i]);
      if (aLetter && bLetter) {
        return Integer.compare(ar[i], br[i]);
      }
      if (aLetter || bLetter) {
        return aLetter ? 1 : -1;
      }
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      while (ai < ar.length && Character.isDigit(ar[ai])) {
        an = an * 10 + (ar[ai++] - '0');
      }
      int bi = i;
      while (bi < br.length && Character.isDigit(br[bi])) {
        bn = bn * 10 + (br[bi++] - '0');
      }
      if (an != bn) {
        return Long.compare(an, bn);
      }
      if (ai != bi) {
        return Integer.compare(ai, bi);
      }
      return Integer.compare(ar[i], br[i]);
    }
    return Integer.compare(ar.length, br.length);
  }
}
