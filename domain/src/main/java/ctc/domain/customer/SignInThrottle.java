package ctc.domain.customer;

import ctc.domain.common.AttemptLimiter;
import ctc.domain.common.ServiceCounters;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.InvalidCurrentPasswordError;
import ctc.domain.error.Errors;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Bounds password guessing at every sign-in (/login, /me/login, their in-store forms, the OAuth
 * password flow) and password change (/customers/password, /me/password): per account, that is
 * project and lower-cased email (counted whether or not a customer has it, so a refusal tells
 * nothing about which emails are registered), and per API client the attempts come through. An
 * attempt is counted before the bcrypt work and given back when the password was right; a refused
 * attempt is 429 without any bcrypt work.
 */
public final class SignInThrottle {

  private final AttemptLimiter accounts;
  private final AttemptLimiter clients;
  private final ServiceCounters counters;

  /**
   * @param perAccount attempts per account and window
   * @param perClient failed attempts per API client and window, across all accounts
   * @param maxKeys how many accounts (and clients) are tracked at most
   * @param counters counts each sign-in that reached the password check, by outcome
   */
  public SignInThrottle(
      AttemptLimiter.Limit perAccount,
      AttemptLimiter.Limit perClient,
      int maxKeys,
      Clock clock,
      ServiceCounters counters) {
    this.accounts = new AttemptLimiter(perAccount, maxKeys, clock);
    this.clients = new AttemptLimiter(perClient, maxKeys, clock);
    this.counters = counters;
  }

  /**
   * Runs the sign-in if the account and the client have attempts left; wrong credentials keep
   * theirs counted.
   */
  public Customer signIn(
      String projectKey, String email, String clientId, Supplier<Customer> signIn) {
    return attempt(
        projectKey + "\n" + (email == null ? "" : email.toLowerCase(Locale.ROOT)),
        clientId,
        signIn,
        InvalidCredentialsError.class,
        true);
  }

  /**
   * Runs a password change, whose check of the current password is the same guess at the same
   * bcrypt cost: counted per customer (a budget of its own beside the account's sign-ins) and per
   * client, a wrong current password keeping its attempt counted.
   */
  public Customer passwordChange(
      String projectKey, String customerId, String clientId, Supplier<Customer> change) {
    return attempt(
        projectKey + "\ncustomer:" + customerId,
        clientId,
        change,
        InvalidCurrentPasswordError.class,
        false);
  }

  private Customer attempt(
      String account,
      String clientId,
      Supplier<Customer> work,
      Class<? extends ErrorObject> wrongPassword,
      boolean signIn) {
    // The client first: a client out of attempts must not use up the accounts it keeps guessing at.
    Optional<Duration> wait = clients.tryAcquire(clientId);
    if (wait.isEmpty()) {
      wait = accounts.tryAcquire(account);
      if (wait.isPresent()) {
        clients.release(clientId);
      }
    }
    if (wait.isPresent()) {
      throw Errors.tooManySignInAttempts(wait.get());
    }
    try {
      Customer customer = work.get();
      accounts.reset(account);
      clients.release(clientId);
      if (signIn) {
        counters.signIn(true);
      }
      return customer;
    } catch (RuntimeException e) {
      if (e instanceof CommercetoolsException refusal
          && wrongPassword.isInstance(refusal.error())) {
        if (signIn) {
          counters.signIn(false);
        }
      } else {
        accounts.release(account);
        clients.release(clientId);
      }
      throw e;
    }
  }
}
