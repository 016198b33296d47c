/**
 * Storage interfaces of the Mozart game server, one per aggregate of the reference schema
 * (spec 06 §1), the {@link io.mozart.api.storage.Storage} facade with its unit of work, and the
 * plain records they exchange. Nothing in here depends on JDBC, JDBI or any other library.
 */
package io.mozart.api.storage;
