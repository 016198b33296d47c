/** A blocking client for tests, bots and load tools: {@link io.mozart.encore.client.EncoreClient}. */
package io.mozart.encore.client;
