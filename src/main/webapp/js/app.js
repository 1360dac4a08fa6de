import './signed-in-user.js';
