/**
 * Game metadata as the server sees it: the music catalogue (from {@code OJNList.dat}), the item
 * catalogue (from {@code Itemdata.dat}) and the album list (from {@code AlbumList.ojs}), plus the
 * per-channel view {@link io.mozart.api.metadata.MetadataProvider}.
 *
 * <p>Everything here is plain records and interfaces; the file formats live in the implementation.
 */
package io.mozart.api.metadata;
