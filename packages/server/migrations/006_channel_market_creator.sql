-- A publishable key can carry a Market Creator identity (issue 5): a co-op site that shows other
-- partners' products under its own key is a corporate MC, and orders placed there without any
-- other referral are attributed to it (never on the co-op's own products: the ledger's self rule).
ALTER TABLE channels ADD COLUMN market_creator_id text COLLATE "C" REFERENCES market_creators (id);
