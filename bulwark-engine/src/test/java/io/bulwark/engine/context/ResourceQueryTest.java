package io.bulwark.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.api.policy.LabelSelector;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResourceQueryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CONFIG_MAP =
      "{'apiVersion': 'v1', 'kind': 'ConfigMap', 'metadata': {'name': 'settings', 'namespace': 'apps',"
          + " 'labels': {'app': 'web'}}}";

  static Stream<Arguments> queries() {
    LabelSelector web = new LabelSelector(Map.of("app", "web"), List.of());
    LabelSelector db = new LabelSelector(Map.of("app", "db"), List.of());
    return Stream.of(
        Arguments.of("exact name", query("v1", "ConfigMap", "apps", "settings", null), true, true),
        Arguments.of("other name", query("v1", "ConfigMap", "apps", "other", null), false, true),
        Arguments.of("other namespace", query("v1", "ConfigMap", "shop", "settings", null), false, true),
        Arguments.of("other kind", query("v1", "Secret", "apps", "settings", null), false, true),
        Arguments.of("other apiVersion", query("apps/v1", "ConfigMap", "apps", "settings", null), false, true),
        Arguments.of("any namespace, any name", query("v1", "ConfigMap", "", "", null), true, false),
        Arguments.of("name only", query("v1", "ConfigMap", "", "set*", null), true, false),
        Arguments.of("namespace wildcard", query("v1", "ConfigMap", "ap?s", "", null), true, false),
        Arguments.of("name wildcard that fails", query("v1", "ConfigMap", "apps", "x*", null), false, false),
        Arguments.of("kind wildcard", query("v1", "Config*", "apps", "settings", null), true, true),
        Arguments.of("selector that holds", query("v1", "ConfigMap", "apps", "", web), true, false),
        Arguments.of("selector that does not", query("v1", "ConfigMap", "apps", "", db), false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void selectsObjectsAsKyvernosClientLooksThemUp(String description, ResourceQuery query, boolean matches,
      boolean direct) {
    JsonNode object = JSON.readTree(CONFIG_MAP.replace('\'', '"'));
    assertThat(query.matches(object)).isEqualTo(matches);
    assertThat(query.isDirect()).isEqualTo(direct);
  }

  private static ResourceQuery query(String apiVersion, String kind, String namespace, String name,
      LabelSelector selector) {
    return new ResourceQuery(apiVersion, kind, namespace, name, selector);
  }
}
