package ctc.domain.update;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.message.MessagePayload.CustomerFirstNameSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {

  interface Action {}

  record Append(String text) implements Action {}

  record Shout() implements Action {}

  record Unregistered() implements Action {}

  private static ActionRegistry<String, Action> registry() {
    return ActionRegistry.<String, Action>builder()
        .on(
            "append",
            Append.class,
            (text, action, context) -> text + action.text(),
            (before, after, action) -> Optional.of(new CustomerFirstNameSet(after)))
        .silent("shout", Shout.class, (text, action, context) -> text.toUpperCase())
        .build();
  }

  @Test
  void applyDispatchesToTheHandlerOfTheActionsType() {
    ActionRegistry<String, Action> registry = registry();

    assertThat(registry.apply("ab", new Append("c"), context())).isEqualTo("abc");
    assertThat(registry.apply("ab", new Shout(), context())).isEqualTo("AB");
  }

  @Test
  void typeOfGivesTheRecordTypeOfARegisteredName() {
    assertThat(registry().typeOf("append")).contains(Append.class);
  }

  @Test
  void typeOfAnUnknownNameIsEmpty() {
    assertThat(registry().typeOf("nope")).isEmpty();
  }

  @Test
  void typeOfIsCaseSensitive() {
    assertThat(registry().typeOf("Append")).isEmpty();
  }

  @Test
  void onRegistersTheMessageOfAnActionAndSilentOneThatYieldsNone() {
    ActionRegistry<String, Action> registry = registry();

    assertThat(registry.message(new Change.Step<>(new Append("x"), "a", "ax")))
        .contains(new CustomerFirstNameSet("ax"));
    assertThat(registry.message(new Change.Step<>(new Shout(), "a", "A"))).isEmpty();
  }

  @Test
  void namesAndTypesListTheRegistrations() {
    ActionRegistry<String, Action> registry = registry();

    assertThat(registry.names()).containsExactlyInAnyOrder("append", "shout");
    assertThat(registry.types()).containsExactlyInAnyOrder(Append.class, Shout.class);
  }

  @Test
  void applyingAnUnregisteredActionIsAProgrammingError() {
    assertThatThrownBy(() -> registry().apply("x", new Unregistered(), context()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void registeringANameTwiceIsRejected() {
    ActionRegistry.Builder<String, Action> builder =
        ActionRegistry.<String, Action>builder()
            .silent("append", Append.class, (text, action, context) -> text);

    assertThatThrownBy(() -> builder.silent("append", Shout.class, (text, action, context) -> text))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void registeringATypeTwiceIsRejected() {
    ActionRegistry.Builder<String, Action> builder =
        ActionRegistry.<String, Action>builder()
            .silent("append", Append.class, (text, action, context) -> text);

    assertThatThrownBy(
            () -> builder.silent("appendAgain", Append.class, (text, action, context) -> text))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyKeepsTheNamedActions() {
    ActionRegistry<String, Action> subset = registry().only("shout");

    assertThat(subset.names()).containsExactly("shout");
    assertThat(subset.typeOf("append")).isEmpty();
    assertThat(subset.apply("ab", new Shout(), context())).isEqualTo("AB");
  }

  @Test
  void onlyKeepsTheMessageOfEachAction() {
    ActionRegistry<String, Action> subset = registry().only("append", "shout");

    assertThat(subset.message(new Change.Step<>(new Append("x"), "a", "ax")))
        .contains(new CustomerFirstNameSet("ax"));
    assertThat(subset.message(new Change.Step<>(new Shout(), "a", "A"))).isEmpty();
  }

  @Test
  void onlyRejectsAnUnknownName() {
    assertThatThrownBy(() -> registry().only("shout", "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void theMyRegistryRefusesToApplyAnActionOutsideIt() {
    assertThatThrownBy(() -> CustomerActions.MY.apply(aCustomer(), new SetKey("k1"), context()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMyRegistryAppliesItsActionsLikeAll() {
    Customer customer = aCustomer();

    assertThat(CustomerActions.MY.apply(customer, new SetFirstName("Joan"), context()))
        .isEqualTo(CustomerActions.ALL.apply(customer, new SetFirstName("Joan"), context()));
  }
}
