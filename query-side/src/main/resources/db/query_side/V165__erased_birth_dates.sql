-- An erased household's members have no birth date any more (its key is gone): the column takes none.
ALTER TABLE query_side.household_member ALTER COLUMN birth_date DROP NOT NULL;
