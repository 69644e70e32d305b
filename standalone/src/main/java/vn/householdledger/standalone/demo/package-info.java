/**
 * The demo: a real town's programme, replayed from events. {@link vn.householdledger.standalone.demo.TownHistory}
 * generates the history of Bỉm Sơn 2016–2018 from the figures of its plan (copied into
 * {@code demo/bim-son-2018/}) and a seed, as pure code; {@link vn.householdledger.standalone.demo.DemoLoader}
 * sends it through the command side at start-up when {@code --ledger.demo=bim-son-2018} asks for it.
 */
package vn.householdledger.standalone.demo;
