package io.bulwark.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

class JsonContextPutTest {

  private final ObjectNode request = JsonNodeFactory.instance.objectNode();
  private final JsonContext parent;

  JsonContextPutTest() {
    request.putObject("request").put("operation", "CREATE");
    parent = JsonContext.of(request);
  }

  @Test
  void childSeesItsParentAndKeepsItsOwnEntries() {
    JsonContext child = parent.child();
    child.put("request.operation", StringNode.valueOf("DELETE"));
    child.put("element", StringNode.valueOf("x"));

    assertThat(child.query("request.operation").stringValue()).isEqualTo("DELETE");
    assertThat(child.query("element").stringValue()).isEqualTo("x");
    assertThat(parent.query("request.operation").stringValue()).isEqualTo("CREATE");
    assertThat(parent.data().has("element")).isFalse();
    assertThat(request.path("request").path("operation").stringValue()).isEqualTo("CREATE");
  }

  @Test
  void parentChangedAfterwardsDoesNotChangeItsChildren() {
    JsonContext child = parent.child();
    JsonContext grandchild = child.child();
    parent.put("images", StringNode.valueOf("p"));
    child.put("images", StringNode.valueOf("c"));

    assertThat(child.query("images").stringValue()).isEqualTo("c");
    assertThat(grandchild.data().has("images")).isFalse();
    assertThat(parent.query("images").stringValue()).isEqualTo("p");
  }

  @Test
  void unchangedChildSharesItsParentsData() {
    assertThat(parent.child().data()).isSameAs(parent.data());
  }
}
