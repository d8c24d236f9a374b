/**
 * The coursework summary's headline facts, one class per experiment or example: each takes the runs a
 * notebook cell made (so the cell still shows what was trained) and states what they show, choosing
 * every sentence by the computed figures. The sentences are the summary's; the experiments' own
 * notebooks show the same facts at length.
 */
package backprop.summary;
