import './signed-in-user.js';
import './matrix-table.js';
