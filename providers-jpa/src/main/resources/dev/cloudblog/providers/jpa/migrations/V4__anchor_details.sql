-- What an anchor provider needs besides network and reference to find or check its record
-- (a contract address, a block number...), as a JSON object of strings.
ALTER TABLE checkpoint_anchors ADD COLUMN details TEXT DEFAULT '{}' NOT NULL;
